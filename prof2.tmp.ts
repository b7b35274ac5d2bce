import { extractFacts } from './extractors/index.ts';
import { syntheticArticles } from './bench/synthetic-articles.ts';
for (const a of syntheticArticles(500)) extractFacts({ text: a.text, published: a.published, url: null });
const t0 = Date.now();
for (const a of syntheticArticles(6000)) extractFacts({ text: a.text, published: a.published, url: null });
console.log((6000 / ((Date.now() - t0) / 1000)).toFixed(0), 'articles/s');
