import { findPeriods } from './extractors/periods/rules.ts';
const t = process.argv[2]!;
for (const p of findPeriods(t, 0, t.length)) console.log(t.slice(p.start, p.end), JSON.stringify(p.resolve({ year: 2025, published: '2026-01-10' })), p.framing, p.comparison);
