// Walks an article sentence by sentence, carrying what a sentence does not repeat (period, place, index),
// and turns each figure the families recognise into a fact with its evidence.
import type { Fact, Locality, Metric, Period } from '../../src/model/fact.ts';
import { METRICS } from '../../src/model/fact.ts';
import { normalizeText } from '../text/normalize.ts';
import { splitSentences, type Sentence, type Span } from '../text/segment.ts';
import { scanNumbers } from '../numbers/rules.ts';
import { findPeriods, publicationDate, type PeriodMention } from '../periods/rules.ts';
import { dossierCounts } from '../dossiers/rules.ts';
import { dossierRates } from '../rates/rules.ts';
import { indexResults, lastIndexName, leadingRank } from '../indices/rules.ts';
import { serviceCounts } from '../services/rules.ts';
import { scopeAt, agencyAt } from '../localities/scope.ts';
import { VIETNAM } from '../localities/rules.ts';
import { nounOf, phraseAfter, type Assignment, type Figure, type FamilyRule, type IndexName } from './figure.ts';
import { documentPlaces, type DocumentPlaces, type ResolvedPlace } from './places.ts';
import { EXTRACTOR_VERSION } from '../version.ts';

export interface ExtractInput {
  text: string;
  published?: string | null;
  url?: string | null;
  siteProvince?: string | null;
}

/** Families in the order they get a figure: the first that claims it wins. */
const FAMILIES: FamilyRule[] = [indexResults, dossierRates, dossierCounts, serviceCounts];

export function extract(input: ExtractInput): Fact[] {
  const norm = normalizeText(input.text);
  const text = norm.text;
  const lower = text.toLowerCase();
  const lc = lower.length === text.length ? lower : text.replace(/./gsu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
  const sentences = splitSentences(text);
  const published = publicationDate(input.published, text);
  const era = published && published >= '2025-07-01' ? '2025' : 'pre2025';
  const places = documentPlaces(text, sentences, era, input.siteProvince ?? null);
  const headline = headlineSentences(sentences);
  const facts: Fact[] = [];

  let carried: Period | null = null;
  for (const s of sentences.slice(0, headline)) {
    const p = findPeriods(text, s.start, s.end).find((x) => !x.comparison);
    const resolved = p?.resolve({ year: null, published });
    if (resolved) { carried = resolved; break; }
  }
  let carriedIndex: IndexName | null = null;
  let topic: { paragraph: number; locality: Locality } | null = null;

  for (const sentence of sentences) {
    const sLower = lc.slice(sentence.start, sentence.end);
    if (/truy cập|lượt xem|đang truy cập|đăng nhập/u.test(sLower) && sentence.end - sentence.start < 120) continue;
    const periods = findPeriods(text, sentence.start, sentence.end);
    const ctxYear = yearOf(carried) ?? (published ? +published.slice(0, 4) : null);
    const sentencePlaces = places.bySentence[sentence.index]!;
    if (topic && topic.paragraph !== sentence.paragraph) topic = null;
    const lead = sentencePlaces.find((p) => p.start - sentence.start < 40 && p.unit && p.unit.level >= places.subjectLevel);
    if (lead && !topic) topic = { paragraph: sentence.paragraph, locality: lead.locality };

    const named = lastIndexName(sLower);
    if (named) carriedIndex = named.name;
    else if (/hồ sơ|thủ tục|tthc/u.test(sLower)) carriedIndex = null;

    const earlier: Array<{ figure: Figure; assigned: Assignment[] }> = [];
    const respective = respectivePlaces(text, sLower, sentence, sentencePlaces);
    const emit = (a: Assignment, at: number, figEnd: number, figStart: number) => {
      const metric = a.metric;
      const locality = respective.get(at) ?? localityFor(sentencePlaces, at, places, topic?.locality ?? null, sLower, sentence, a);
      const found = agencyAt(text.slice(sentence.start, sentence.end), at - sentence.start);
      const agency = found && { ...found, start: found.start + sentence.start, end: found.end + sentence.start };
      let period = periodFor(periods, figStart, figEnd, sentence, lc, carried, { year: ctxYear, published });
      if (METRICS[metric].unit !== 'count' && metric.startsWith('par_') || metric.startsWith('sipas_') || metric.startsWith('service_')) period = assessedYear(period, published, periods, figStart);
      facts.push({
        metric, value: a.value, unit: unitOf(metric, a, text, figEnd), of: a.of, approx: a.approx, among: a.among ?? null,
        locality: agency?.national || (a.aggregate === 'mean' && /cả nước|toàn quốc|63 tỉnh/u.test(sLower)) ? VIETNAM
          : agency ? agencyLocality(agency, sentencePlaces, places, locality) : locality,
        scope: agency ? null : scopeAt(sLower, at - sentence.start, lc.slice(figEnd, Math.min(sentence.end, figEnd + 40))),
        agency: agency?.name ?? null, aggregate: a.aggregate ?? null, period,
        evidence: evidenceOf(norm, sentence), rule: a.rule, extractor_version: EXTRACTOR_VERSION,
      });
    };

    for (const clause of sentence.clauses) {
      const mentions = scanNumbers(text, clause.start, clause.end).filter((m) => !m.excluded);
      let phraseEnd = clause.start;
      mentions.forEach((mention, i) => {
        const nextStart = mentions[i + 1]?.qualifiedStart ?? clause.end;
        const after = lc.slice(mention.end, nextStart);
        const figure: Figure = {
          mention,
          noun: mention.percent ? 'percent' : nounOf(lc.slice(mention.end, Math.min(clause.end, mention.end + 30))),
          left: lc.slice(Math.min(phraseEnd, mention.qualifiedStart), mention.qualifiedStart),
          right: phraseAfter(after),
          clauseLeft: lc.slice(clause.start, mention.qualifiedStart),
          sentenceLeft: lc.slice(sentence.start, mention.qualifiedStart),
          sentenceRight: lc.slice(mention.end, sentence.end),
        };
        if (figure.noun === 'bare' && mention.of !== null && /^\s*(?:\/|$)/u.test(after)) figure.noun = 'bare';
        const index = nearestIndex(figure.sentenceLeft, carriedIndex);
        let assigned: Assignment[] = [];
        if (!TARGET.test(figure.clauseLeft.slice(-80))) {
          for (const family of FAMILIES) {
            const got = family({ figure, earlier, index });
            if (got?.length) { assigned = got; break; }
          }
          if (!assigned.length) assigned = continuesList(figure, earlier, sentencePlaces, lc);
        }
        if (process.env.CCHC_DEBUG) console.error(JSON.stringify({ v: mention.value, noun: figure.noun, left: figure.left, right: figure.right, index, assigned }));
        earlier.push({ figure, assigned });
        // an unclaimed figure (a count of units, a place number) leaves the words after it to the next one
        phraseEnd = assigned.length ? mention.end + figure.right.length : mention.end;
        for (const a of assigned) emit(a, mention.start, mention.end, mention.qualifiedStart);
      });
    }
    for (const a of leadingRank(sLower, nearestIndex(sLower, carriedIndex))) {
      const at = sentence.start + a.anchor;
      emit(a, at, at, at);
    }
    const framing = periods.filter((p) => p.framing && !p.comparison);
    const last = framing[framing.length - 1];
    const resolved = last?.resolve({ year: ctxYear, published });
    if (resolved) carried = resolved;
  }
  return dedupe(facts);
}

/** "các xã A, B và C ... lần lượt là x, y và z": the k-th figure after "lần lượt" belongs to the k-th place. */
function respectivePlaces(text: string, sLower: string, sentence: Sentence, placesInSentence: ResolvedPlace[]): Map<number, Locality> {
  const out = new Map<number, Locality>();
  const at = sLower.indexOf('lần lượt');
  if (at < 0) return out;
  const places = placesInSentence.filter((p) => p.end <= sentence.start + at);
  const figures = scanNumbers(text, sentence.start + at, sentence.end).filter((m) => !m.excluded);
  if (places.length < 2 || figures.length < 2) return out;
  const list = places.slice(-Math.min(places.length, figures.length));
  list.forEach((p, k) => out.set(figures[k]!.start, p.locality));
  return out;
}

// Targets and plans are not results: "phấn đấu 100% hồ sơ đúng hạn", "mục tiêu đạt trên 95%", "dự kiến tiếp nhận".
const TARGET = /phấn đấu|mục tiêu|chỉ tiêu (?:đề ra|đặt ra|giao|là)|(?:đề ra|đặt ra) (?:là|với)|phải đạt|cần đạt|yêu cầu (?:đạt|bảo đảm)|dự kiến|dự báo|sẽ (?:đạt|tiếp nhận|giải quyết|cung cấp)|nhằm đạt|hướng tới|kế hoạch (?:đề ra|đặt ra)/u;

/**
 * A figure with no words of its own continues the list before it: "huyện A tiếp nhận 5.000 hồ sơ, huyện B 4.000 hồ sơ",
 * "lần lượt là 3.210, 2.876 và 4.001 hồ sơ". It takes the metric of the previous figure (one metric only).
 */
function continuesList(figure: Figure, earlier: Array<{ figure: Figure; assigned: Assignment[] }>, placesInSentence: ResolvedPlace[], lc: string): Assignment[] {
  const prev = [...earlier].reverse().find((e) => e.assigned.length);
  if (!prev || prev.assigned.length !== 1 || prev !== earlier[earlier.length - 1]) return [];
  const a = prev.assigned[0]!;
  if (figure.mention.percent !== prev.figure.mention.percent || figure.mention.of !== null) return [];
  if (!(figure.noun === 'bare' || prev.figure.noun === 'bare' || figure.noun === prev.figure.noun)) return [];
  let left = figure.left;
  const leftStart = figure.mention.qualifiedStart - left.length;
  for (const p of placesInSentence) {
    if (p.start >= leftStart && p.end <= figure.mention.qualifiedStart) left = left.replace(lc.slice(p.start, p.end), ' ');
  }
  if (!/^[\s,;:]*(?:và|còn|riêng|tiếp theo)?[\s,;:]*(?:là|có|đạt|với|được)?\s*$/u.test(left)) return [];
  return [{ ...a, value: a.metric.endsWith('_rate') || !figure.mention.hasDecimals ? figure.mention.value : figure.mention.thousandsReading ?? figure.mention.value, approx: figure.mention.approx, rule: `${a.rule.split('/')[0]}/list` }];
}

/** A body serves the place named right after it ("Trung tâm ... phường X"), else the province for a Sở, else the figure's place. */
function agencyLocality(agency: { end: number; provincial: boolean }, placesInSentence: ResolvedPlace[], doc: DocumentPlaces, locality: Locality | null): Locality | null {
  return placesInSentence.find((p) => p.start - agency.end >= 0 && p.start - agency.end <= 2)?.locality
    ?? (agency.provincial ? doc.province ?? locality : locality);
}

function headlineSentences(sentences: Sentence[]): number {
  const firstLong = sentences.findIndex((s) => s.end - s.start > 250);
  return Math.min(firstLong < 0 ? sentences.length : firstLong, 8);
}

function nearestIndex(lowerBefore: string, carried: IndexName | null): IndexName | null {
  return lastIndexName(lowerBefore)?.name ?? carried;
}

function yearOf(p: Period | null): number | null {
  const d = p?.end ?? p?.start;
  return d ? +d.slice(0, 4) : null;
}

function unitOf(metric: Metric, a: Assignment, text: string, figEnd: number): Fact['unit'] {
  const unit = METRICS[metric].unit;
  if (metric === 'par_index_score' || metric === 'par_index_change' || metric === 'service_index_score') {
    return /%|phần trăm/u.test(text.slice(Math.max(0, figEnd - 12), figEnd)) ? 'percent' : 'points';
  }
  void a;
  return unit;
}

const GOVERNED = /^\s*[(:,]?\s*(?:là|đạt|với|chỉ|có|chỉ đạt|mới đạt)?\s*(?:đạt|là)?\s*$/u;

function periodFor(periods: PeriodMention[], figStart: number, figEnd: number, sentence: Sentence, lc: string,
  carried: Period | null, ctx: { year: number | null; published: string | null }): Period | null {
  const before = periods.filter((p) => p.end <= figStart);
  const cmp = before[before.length - 1];
  if (cmp?.comparison && GOVERNED.test(lc.slice(cmp.end, figStart))) return cmp.resolve(ctx);
  const prev = [...before].reverse().find((p) => !p.comparison);
  if (prev) return prev.resolve(ctx);
  const clause: Span = sentence.clauses.find((c) => c.start <= figStart && figEnd <= c.end) ?? sentence;
  const next = periods.find((p) => p.start >= figEnd && p.end <= clause.end && !p.comparison);
  if (next) return next.resolve(ctx);
  return carried;
}

/** Index results are facts of the year assessed: announced in Y+1 for year Y when the text does not say. */
function assessedYear(period: Period | null, published: string | null, periods: PeriodMention[], figStart: number): Period | null {
  const isYear = (p: Period | null) => !!p?.start && !!p.end && p.start.endsWith('-01-01') && p.end.endsWith('-12-31') && p.start.slice(0, 4) === p.end.slice(0, 4);
  if (isYear(period)) return period;
  const named = [...periods].reverse().find((p) => p.year !== null && p.start < figStart);
  const y = named?.year ?? (published ? +published.slice(0, 4) - 1 : null);
  return y === null ? period : { start: `${y}-01-01`, end: `${y}-12-31`, label: `năm ${y}` };
}

function localityFor(placesInSentence: ResolvedPlace[], at: number, doc: DocumentPlaces, topic: Locality | null, sLower: string,
  sentence: Sentence, a: Assignment): Locality | null {
  const before = placesInSentence.filter((p) => p.end <= at);
  for (let i = before.length - 1; i >= 0; i--) {
    const p = before[i]!;
    const level = p.unit?.level ?? (p.type === 'tỉnh' ? 1 : 2);
    // a wider unit named in passing (UBND tỉnh X công bố ...) does not take the figure from the subject
    const wider = level === 1 && doc.subjectLevel > 1;
    if (!wider) return p.locality;
    const tail = sLower.slice(p.end - sentence.start, p.end - sentence.start + 30);
    const head = sLower.slice(Math.max(0, p.start - sentence.start - 12), p.start - sentence.start);
    if (/^\s*(?:đạt|xếp|đứng|dẫn đầu|có|đã|tiếp nhận|giải quyết|năm|với|là)/u.test(tail) || /(?:của|toàn|tại|ở)\s*$/u.test(head) || a.metric.startsWith('par') || a.metric.startsWith('sipas')) return p.locality;
  }
  if (/toàn tỉnh|trên địa bàn tỉnh|cấp tỉnh|toàn thành phố/u.test(sLower.slice(0, at - sentence.start)) && doc.province) return doc.province;
  return topic ?? doc.subject;
}

function evidenceOf(norm: ReturnType<typeof normalizeText>, sentence: Sentence): Fact['evidence'] {
  const start = norm.toOriginal(sentence.start);
  const end = norm.toOriginal(sentence.end);
  return { text: norm.original.slice(start, end), start, end };
}

function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = JSON.stringify([f.metric, f.value, f.of, f.locality?.name, f.locality?.type, f.scope, f.agency, f.period?.start, f.period?.end]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
