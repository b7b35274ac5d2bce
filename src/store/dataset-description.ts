// What every table, view and column of the dataset means: the one dictionary behind `cchc metadata` (Datasette)
// and the XLSX codebook sheet. README.md, "The dataset", says the same for readers; a test checks that every
// table, view and column of a fresh database is described here.

/** Columns by name, wherever they appear (a table or view may say more in its own `columns`). */
const COLUMNS: Record<string, string> = {
  fact_id: 'row id of the fact (facts.id)',
  metric: 'what was counted or scored, from the fact vocabulary (dossiers_received, on_time_rate, par_index_score …)',
  value: 'the number: an integer for counts, ranks and places, a real for rates and scores',
  unit: 'unit of the value: count, percent, points, rank or places',
  of_value: 'the denominator the text gives ("xếp thứ 12/63" → value 12, of 63); empty when none',
  approx: 'gt (hơn, trên), lt (dưới), approx (khoảng, gần); empty when the figure is exact',
  among: 'for ranks: the ranking as the text names it ("63 tỉnh, thành phố")',
  locality_name: 'the place as the article names it (Chợ Gạo)',
  locality_type: 'its type word (tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu)',
  locality_province: 'its province at the time of the figure',
  locality_code: 'official code of the unit (mã đơn vị hành chính), as text: 01, 001, 026 keep their zeros',
  locality_era: 'era of that code: pre2025 (63 provinces, districts) or 2025 (34 provinces, since 1 July 2025); codes are re-used across eras',
  locality_code_today: 'code(s) of the unit(s) of era 2025 it became, joined by ;',
  locality_name_today: 'type and name of the unit(s) of today, joined by ;',
  scope: 'tier of bodies the figure covers inside the locality (tỉnh, huyện, xã) when the text says so',
  agency: 'department or body the figure is about (Sở Tư pháp); empty when the locality as a whole',
  aggregate: 'mean when the figure is an average over units',
  period_start: 'first day of the period covered (ISO date)',
  period_end: 'last day of the period covered (ISO date, inclusive)',
  period_label: 'the words that gave the period (quý I/2024)',
  period_vague: '1 when the period was inferred loosely (e.g. from the article date), 0 when stated',
  evidence_text: 'the sentence stating the number',
  evidence_start: 'start offset of the evidence in articles.text (UTF-16 code units)',
  evidence_end: 'end offset (exclusive) of the evidence in articles.text',
  rule: 'the extraction rule that produced the fact',
  extractor_version: 'version of the extractors that produced the facts',
  run_id: 'the run that stored it (runs.id)',
  flags: 'consistency flags, joined by ; (parts_vs_resolved, rate_vs_counts, rank_above_denominator, rate_above_100)',
  article_id: 'row id of the article (articles.id)',
  article_doc_id: 'the article\'s document id (articles.doc_id)',
  article_url: 'URL of the article (the page it was read from, else the document\'s URL)',
  article_title: 'title of the article',
  article_published: 'publication date of the article (ISO date or date-time, Vietnam time)',
  source_id: 'registry slug of the source (sources.id)',
};

const DOSSIER_COLUMNS: Record<string, string> = {
  scope: 'tier of bodies inside the locality the figures cover, when narrower than the unit itself; empty for the unit\'s own figures',
  received: 'dossiers received (tiếp nhận)',
  resolved: 'dossiers resolved (đã giải quyết)',
  on_time: 'resolved on time (đúng hạn; includes early ones when the text counts them together)',
  early: 'resolved early (trước hạn), when given apart',
  overdue: 'resolved late or overdue (trễ hạn, quá hạn)',
  pending: 'still being processed (đang giải quyết)',
  online: 'received online (trực tuyến)',
  carried_over: 'carried over from the previous period (kỳ trước chuyển sang)',
  total: 'total to process: received plus carried over',
  resolved_rate: 'percent resolved',
  on_time_rate: 'percent resolved on time',
  overdue_rate: 'percent resolved late',
  online_rate: 'percent received online',
  any_approx: '1 when one of the figures was only given rounded',
};

const INDEX_COLUMNS: Record<string, string> = {
  year: 'year assessed',
  par_index_score: 'PAR Index (Chỉ số CCHC) score',
  par_index_unit: 'unit of the PAR Index score: points or percent',
  par_index_rank: 'PAR Index rank',
  par_index_rank_of: 'number of units ranked',
  par_index_rank_among: 'the ranking as the text names it',
  sipas_score: 'SIPAS (satisfaction index) score, percent',
  sipas_rank: 'SIPAS rank',
  sipas_rank_of: 'number of units ranked',
  sipas_rank_among: 'the ranking as the text names it',
};

const ARTICLE_COLUMNS: Record<string, string> = {
  id: 'row id of the article',
  doc_id: 'document id, else canonical URL, else file path (unique)',
  url: 'URL of the article',
  page_url: 'canonical URL of the page it was read from; empty when ingested',
  title: 'title',
  published_at: 'publication date (ISO date or date-time, Vietnam time); empty when unknown',
  author: 'author, when the page names one',
  text: 'title then body paragraphs, separated by blank lines; evidence offsets index into it',
  site_province: 'province the source belongs to',
  relevance: 'CCHC relevance score, 0 to 1',
  content_hash: 'hash of the article\'s content: the same article reached by two URLs is one',
  stored_hash: 'hash of the stored fields and facts: an unchanged re-store is a no-op',
  stored_at: 'when it was stored (UTC)',
  facts: 'number of facts extracted from it',
};

const FTS_COLUMNS = { title: 'title (indexed)', text: 'text (indexed)', title_fold: 'ASCII-folded title: NFD, marks stripped, đ → d, lower case', text_fold: 'ASCII-folded text' };

export interface TableDescription {
  description: string;
  columns?: Record<string, string>;
  /** Internal to SQLite (FTS5 shadow tables): Datasette hides them. */
  hidden?: boolean;
}

// One figure across the articles that state it (src/store/figures.ts; README, "Figures across articles").
const FIGURE_COLUMNS: Record<string, string> = {
  figure_key: 'the figure\'s key: metric, locality (code and era, else name), scope, agency, aggregate and period',
  n_articles: 'articles that state the figure', n_stories: 'independent stories among them (syndicated copies count once)',
  n_sources: 'articles that state the figure', first_published: 'earliest publication date of those articles',
  last_published: 'latest publication date of those articles', best_fact_id: 'the fact whose evidence is shown (exact over rounded, body over headline)',
  conflict: '1 when articles state exact values that disagree beyond rounding', conflict_values: 'the differing exact values, joined by ;',
  revisions: 'facts of this key replaced when a re-fetched article changed', best_evidence: 'the evidence sentence of the best fact',
  article_id: 'the article of the best fact', article_url: 'its URL', article_title: 'its title', article_published: 'its publication date',
  source_id: 'its source', any_approx: '1 when some value of the row is only approximate (hơn, khoảng)',
  total: 'dossiers_total: the whole caseload', carried_over: 'dossiers_carried_over',
};

export const TABLES: Record<string, TableDescription> = {
  v_facts: { description: 'One row per fact, with its article and its locality as it was and as it is today. Start here.' },
  v_dossiers: {
    description: 'Dossier figures side by side: one row per article, locality (of its era), scope, agency and period. The exact figure wins over a rounded one.',
    columns: DOSSIER_COLUMNS,
  },
  v_indices: {
    description: 'PAR Index and SIPAS results: one row per article, unit and year assessed; the rank with the largest denominator (the national one) is shown.',
    columns: INDEX_COLUMNS,
  },
  articles: { description: 'One row per stored article.', columns: ARTICLE_COLUMNS },
  figures: { description: 'One row per figure across articles: the agreed value, how many articles and stories state it, and any conflict.', columns: FIGURE_COLUMNS },
  v_figures: { description: 'figures with the evidence sentence and article of the best fact.', columns: FIGURE_COLUMNS },
  v_dossier_figures: { description: 'v_dossiers across articles: one row per locality, scope, agency and period, with n_sources and conflict.', columns: { ...DOSSIER_COLUMNS, ...FIGURE_COLUMNS } },
  v_index_figures: { description: 'v_indices across articles: one row per unit and year assessed, with n_sources and conflict.', columns: { ...INDEX_COLUMNS, ...FIGURE_COLUMNS } },
  article_stories: {
    description: 'The story (group of near-duplicate articles) of each article, from MinHash signatures of its syllable shingles.',
    columns: { story_id: 'the article id that opened the story', signature: 'MinHash values (uint32 little-endian)' },
  },
  story_bands: {
    description: 'Locality-sensitive hashing bands of the signatures: an arriving article is compared only with articles sharing a band.',
    columns: { band: 'band number', hash: 'hash of the band\'s rows' },
  },
  fact_history: {
    description: 'Facts replaced when a re-stored article changed a number: the old value and when it was replaced.',
    columns: { ...FIGURE_COLUMNS, id: 'row id of the replaced fact\'s history entry', new_value: 'the value the new text states for the key; empty when none', replaced_at: 'when it was replaced (UTC)' },
  },
  facts: {
    description: 'One row per fact, as stored: the columns of v_facts before the joins.',
    columns: { id: 'row id of the fact', ordinal: 'position of the fact among its article\'s facts', figure_key: 'the figure (figures.figure_key) the fact counts towards' },
  },
  fact_flags: {
    description: 'Consistency flags on facts, stored beside them (never deletions).',
    columns: { flag: 'parts_vs_resolved, rate_vs_counts, rank_above_denominator or rate_above_100', detail: 'the numbers compared' },
  },
  sources: {
    description: 'The sources of the registry (data/sources.json) a crawl used.',
    columns: {
      id: 'registry slug (seed:<host> for a one-off --seed)', name: 'name of the newspaper or portal',
      province: 'province before 1 July 2025', province_since_2025: 'province it belongs to since 1 July 2025',
      kind: 'newspaper, portal …', homepage: 'home page URL', updated_at: 'when the row was last written (UTC)',
    },
  },
  pages: {
    description: 'One row per fetched URL.',
    columns: {
      url: 'URL as fetched', canonical_url: 'canonical URL', status: 'HTTP status', etag: 'ETag header, for conditional fetches',
      last_modified: 'Last-Modified header', content_hash: 'hash of the article read from it; empty when not an article',
      fetched_at: 'when it was fetched (UTC)', error: 'why the fetch failed or the page was skipped',
    },
  },
  frontier: {
    description: 'The crawl queue.',
    columns: {
      id: 'queue order', url: 'canonical URL', kind: 'feed, sitemap, listing, article or page', depth: 'link depth from the seeds',
      discovered_from: 'the page that linked it', state: 'queued, in_progress, done, failed or skipped', reason: 'why it failed or was skipped',
      enqueued_at: 'when it was queued (UTC)', updated_at: 'when its state last changed (UTC)',
      attempts: 'runs in which the item failed', retry: '1 when its last failure was transient (5xx, 429, timeout, unreachable): a later run tries it again, up to 3 runs',
    },
  },
  runs: {
    description: 'One row per run of run, crawl, ingest, reextract or demo.',
    columns: {
      id: 'run id', kind: 'run, crawl, ingest, reextract or demo', started_at: 'start (UTC)', finished_at: 'end (UTC); empty while running or when killed',
      counts: 'JSON object of named counts', error: 'what went wrong, when something did', pid: 'process id', host: 'host name',
    },
  },
  locks: {
    description: 'The one-run-at-a-time lock of the database.',
    columns: { name: 'lock name (db)', owner: 'who holds it', pid: 'process id', host: 'host name', acquired_at: 'when taken (UTC)', heartbeat_at: 'last sign of life (UTC)' },
  },
  meta: { description: 'Settings of the database.', columns: { key: 'gazetteer_version, or created_by (cchc demo)', value: 'the setting' } },
  localities: {
    description: 'The gazetteer: every administrative unit of both eras (before and since 1 July 2025).',
    columns: {
      era: 'pre2025 or 2025', code: 'official code, as text', name: 'name', type: 'type word', level: '1 province, 2 district level, 3 commune level',
      parent_code: 'code of the unit it belongs to', province_code: 'code of its province', valid_from: 'first day in force', valid_to: 'last day in force',
      aliases: 'JSON array of other names the code had: [{"name", "type"}]',
    },
  },
  locality_today: {
    description: 'Each unit to the unit(s) of today (era 2025) it became; a 2025 unit maps to itself.',
    columns: { era: 'era of the unit', code: 'its code', today_code: 'code of a unit of era 2025 it became' },
  },
  articles_fts: { description: 'Full-text index of articles (external content of articles): tone and vowel marks folded, đ kept apart.', columns: FTS_COLUMNS },
  articles_fold: {
    description: 'Articles\' title and text ASCII-folded (đ → d), filled by cchc; the content of articles_fold_fts. id = articles.id.',
    columns: { id: 'the article (articles.id)', ...FTS_COLUMNS },
  },
  articles_fold_fts: { description: 'Full-text index of the folded text (external content of articles_fold): query it with folded words.', columns: FTS_COLUMNS },
};

const FTS_SHADOW = /^(.+_fts)_(data|idx|docsize|config|content)$/;

/** The description of a table or view, or undefined when there is none. FTS5's own tables get a generic one. */
export function describeTable(name: string): TableDescription | undefined {
  const known = TABLES[name];
  if (known) return known;
  const shadow = FTS_SHADOW.exec(name);
  if (shadow && TABLES[shadow[1]!]) return { description: `SQLite's internal storage of the full-text index ${shadow[1]} (FTS5 ${shadow[2]} table)`, hidden: true };
  return undefined;
}

/** The description of one column of a table or view, or undefined when there is none. */
export function describeColumn(table: string, column: string): string | undefined {
  const t = describeTable(table);
  if (!t) return undefined;
  if (t.hidden) return `FTS5 internal column ${column}`;
  return t.columns?.[column] ?? COLUMNS[column];
}
