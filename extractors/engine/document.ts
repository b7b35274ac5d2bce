// Walks an article sentence by sentence, carrying what a sentence does not repeat (period, place, index),
// and turns each figure the families recognise into a fact with its evidence.
import type { Fact, Locality, Metric, Period } from '../../src/model/fact.ts';
import { METRICS } from '../../src/model/fact.ts';
import { normalizeText, type NormalizedText } from '../text/normalize.ts';
import { headlineZone, splitSentences, type Sentence } from '../text/segment.ts';
import { scanNumbers } from '../numbers/rules.ts';
import { TOTAL_POINTS } from '../lexicon/index-components.ts';
import { ASIDE_BEFORE, findPeriods, publicationDate, type PeriodContext } from '../periods/rules.ts';
import { dossierCounts } from '../dossiers/rules.ts';
import { dossierRates, RATE_OVER_SUBSET_AFTER, isShareOfProcedures, rateNamed } from '../rates/rules.ts';
import { boundListsIn, type PendingBound } from '../rates/bound-lists.ts';
import { indexNames, indexResults, leadingRank, UNNAMED_EXTREME } from '../indices/rules.ts';
import { serviceCounts } from '../services/rules.ts';
import { isSubsetCount } from '../dossiers/cues.ts';
import { wordsPattern } from '../lexicon/patterns.ts';
import { NON_TOPIC_WORDS } from '../lexicon/non-topics.ts';
import { scopeAt, agenciesIn, agencyBefore } from '../localities/scope.ts';
import { VIETNAM } from '../localities/rules.ts';
import { nounOf, phraseAfter, type Assignment, type Figure, type FamilyRule, type IndexName } from './figure.ts';
import { documentPlaces } from './places.ts';
import { agencyApplies, agencyPlace, isAgencyMention, placesOfFigure, respectivePlaces, type SentencePlaces } from './figure-place.ts';
import { assessedYear, fromEndPeriod, serviceIndexPeriod, periodOfFigure } from './figure-period.ts';
import { fromToRole, type FromTo } from './from-to.ts';
import { backfillList, continuesList, inBracketOfVetoed, periodSeriesItem, rateReferredTo, targetPosition, type Claimed } from './lists.ts';
import { EXTRACTOR_VERSION } from '../version.ts';
import { definedRanges } from './refiners/named-periods.ts';
import { refine } from './refiners/index.ts';

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
  const lc = lowerSameLength(text);
  const sentences = splitSentences(text);
  const published = publicationDate(input.published, text);
  const era = published && published >= '2025-07-01' ? '2025' : 'pre2025';
  // (a unit renamed in 2025 keeps its older name in older articles; undated ones are older when they name no later year)
  const before2025 = published ? published < '2025-01-01' : !/(?<!\d)20(?:2[5-9]|3\d)(?!\d)/u.test(text);
  const doc = documentPlaces(text, sentences, era, input.siteProvince ?? null, input.url ?? null, before2025);
  const facts: Fact[] = [];
  // facts of the period before the one named (the first end of a from→to change), shifted once periods are bound
  const previous = new Set<number>();

  const periodsOf = sentences.map((s) => findPeriods(text, s.start, s.end));
  // the headline's period holds for the body until the body names another; a headline without one takes the lead's
  let carried: Period | null = null;
  for (const s of sentences.slice(0, headlineZone(sentences) + 3)) {
    const p = periodsOf[s.index]!.find((x) => !x.comparison)?.resolve({ year: null, published });
    if (p) { carried = p; break; }
  }
  const recent = { quarter: null as Period | null, month: null as Period | null, report: carried };
  if (carried) remember(recent, carried);
  // an article about one index names it somewhere, not always before its first figure ("Ngân hàng Nhà nước đạt chỉ số cao
  // nhất với giá trị 89,42" opens an article that names the Chỉ số CCHC in its fifth paragraph)
  const namedInText = indexNames(lc);
  let carriedIndex: IndexName | null = mainIndex(namedInText, lc);
  const dominant = dominantIndex(namedInText);
  let inComponent = false;
  // the year the article names with its index ("Chỉ số SIPAS năm 2024", "PAR Index 2023"): results of later sentences are of it
  let indexYear: number | null = firstIndexYear(namedInText, lc);
  // the rate the last sentences were about: "tỷ lệ này chỉ đạt 45,8%", "Đà Nẵng (58,89%), Hà Giang (55,76%) …"
  let carriedRate: Metric | null = null;
  let pendingBound: PendingBound | null = null;
  let carriedRateParagraph = -1;
  let topic: { paragraph: number; locality: Locality } | null = null;
  let previousParagraph = -1;
  let inRelatedList = false;

  for (const sentence of sentences) {
    const sLower = lc.slice(sentence.start, sentence.end);
    if (/truy cập|lượt xem|đăng nhập|đang trực tuyến|đang online|hôm nay:|trong tuần:|tổng lượt/u.test(sLower) && sentence.end - sentence.start < 120) continue;
    // "Tin liên quan:" and its short lines are other articles' headlines, not this article's figures
    if (RELATED_HEADING.test(sLower)) { inRelatedList = true; continue; }
    // other articles' headlines run together on one line ("Bà Rịa – Vũng Tàu: Nhiều giải pháp … Thái Nguyên: Sở Công Thương
    // tiếp tục dẫn đầu …"): several "Place: Headline" with no sentence between them are no figures of this article
    if (runOfHeadlines(text.slice(sentence.start, sentence.end))) continue;
    if (inRelatedList && sentence.end - sentence.start < 200) continue;
    inRelatedList = false;
    const periods = periodsOf[sentence.index]!;
    // a period without a year takes the sentence's own year first ("tháng 7 năm 2021 (tính từ ngày 21/6 - 20/7)")
    const sentenceYear = periods.find((p) => p.year !== null && !p.comparison)?.year ?? null;
    const ctx: PeriodContext = { year: sentenceYear ?? yearOf(carried) ?? (published ? +published.slice(0, 4) : null), published, recent };
    const sentencePlaces = doc.bySentence[sentence.index]!;
    // a paragraph that opens on a place is about it
    if (sentence.paragraph !== previousParagraph) {
      // ... unless it opens on a list of places ("Các huyện A, B, C có tỷ lệ ...")
      // ("Trung tâm Phục vụ hành chính công phường Phú An đặt tại …": the body of a place opening the paragraph names it too)
      const lead = sentencePlaces.find((p) => (p.start - sentence.start < 25 || (p.start - sentence.start < 70 && BODY_OPENING.test(lc.slice(sentence.start, p.start))))
        && p.unit && p.unit.level >= doc.subjectLevel);
      const listed = lead && (/(?:các|những)\s*$/u.test(lc.slice(Math.max(0, lead.start - 6), lead.start)) || sentencePlaces.some((q) => q !== lead && q.start >= lead.end && q.start - lead.end <= 3));
      topic = lead && !listed ? { paragraph: sentence.paragraph, locality: lead.locality } : null;
      previousParagraph = sentence.paragraph;
    }
    // ("…, điểm chỉ số hài lòng đạt 8.135 điểm, tổng điểm là 95.44 điểm": a part's score named in a sum is no index the
    // sentence is about; its total is the index's the paragraph is about)
    const named = sLower.includes('tổng') && TOTAL_OF_PARTS.test(sLower) ? indexNames(sLower).filter((n) => !/(?:^|\s)điểm\s+$/u.test(sLower.slice(Math.max(0, n.at - 7), n.at))) : indexNames(sLower);
    // an index carried from earlier sentences does not reach a sentence about dossiers
    // under a component's heading ("- Lĩnh vực Cải cách thể chế" then "Đạt 9,42/10 điểm, xếp thứ 22/63") the figures are
    // the component's, until a sentence names an index again
    const unbracketed = named.filter((n) => !insideBrackets(sLower, n.at));
    if (unbracketed.length) inComponent = false;
    // ("Đây là lần thứ 3 liên tiếp Bắc Giang dẫn đầu bảng xếp hạng Chỉ số thành phần này": the component is still the topic)
    if (COMPONENT_HEADING.test(sLower) || (!unbracketed.length && COMPONENT_ANAPHOR.test(sLower))) inComponent = true;
    const indexHere = inComponent ? null : named.length ? carriedIndex
      : carriedIndex === null || DOSSIER_TALK.test(caseloadPart(sLower)) || NON_TOPIC.test(sLower) ? null : carriedIndex;
    const agencies = agenciesIn(text, sentence.start, sentence.end);
    const placeCtx: SentencePlaces = {
      doc, sentence, lc, text, places: sentencePlaces, topic: topic?.locality ?? null,
      respective: respectivePlaces(lc, sentence, sentencePlaces, (from) => scanNumbers(text, from, sentence.end).filter((m) => !m.excluded).map((m) => m.start), agencies),
    };

    const emit = (a: Assignment, at: number, figStart: number, figEnd: number, end: FromTo | null = null) => {
      const agency = agencyBefore(agencies, at);
      // (an item of a "lần lượt" list is the unit it stands for: an agency, or a place with no agency)
      const own = placeCtx.respective.get(at);
      const applies = own ? (isAgencyMention(own) ? own : null) : agency && agencyApplies(agency, placeCtx, at) ? agency : null;
      const fromEnd = end === 'from' ? fromEndPeriod(periods, figStart, sentence, lc, ctx) : null;
      let period = fromEnd ?? periodOfFigure(periods, figStart, figEnd, sentence, lc, carried, ctx, text, a.metric.endsWith('_change'), end === 'to');
      if (/^(?:par|sipas)_/u.test(a.metric)) period = assessedYear(period, published, periods, figStart, indexYear, lc);
      else if (a.metric.startsWith('service_')) period = serviceIndexPeriod(period, published, periods, figStart, lc);
      // a figure for a time after the article was published is a plan ("Năm 2018, xã tiếp tục duy trì 100% ..." in 2017),
      // unless the text says it was done ("đã tiếp nhận"): publication dates are sometimes wrong, reported results are not plans
      if (published && period?.start && period.start > published && !/(?:^|\s)đã\s/u.test(lc.slice(sentence.start, figStart))) return;
      // an average belongs to the unit it is taken over: the nation, or the province for its districts or departments
      // (a region named before it: "Giá trị trung bình cao nhất là vùng Đồng bằng sông Hồng với kết quả đạt 90,17%")
      const region = a.aggregate === 'mean' ? sentencePlaces.filter((p) => p.type === 'vùng' && p.end <= at).pop() : undefined;
      const localities = region ? [region.locality] : a.aggregate === 'mean' ? [NATIONAL_MEAN.test(sLower) ? VIETNAM : doc.province ?? doc.subject].filter((x): x is Locality => !!x)
        : placesOfFigure(placeCtx, at, figEnd, a);
      if (localities === null) return;
      for (const place of localities.length ? localities : [null]) {
        if (a.previous && !fromEnd) previous.add(facts.length);
        facts.push({
          metric: a.metric, value: a.value, unit: unitOf(a.metric, text, figEnd), of: a.of, approx: a.approx, among: a.among ?? null,
          locality: applies ? agencyPlace(applies, placeCtx, place) : place,
          // a commune's own figures need no "cấp xã"
          scope: applies || /^(?:xã|phường|thị trấn|đặc khu)$/u.test(place?.type ?? '') ? null : scopeAt(sLower, at - sentence.start, lc.slice(figEnd, Math.min(sentence.end, figEnd + 70))),
          agency: applies?.name ?? null, aggregate: a.aggregate ?? null, period,
          evidence: evidenceOf(norm, sentence), rule: a.rule, extractor_version: EXTRACTOR_VERSION,
        });
      }
    };

    let indexFacts = 0;
    const factsBefore = facts.length;
    const target = targetPosition(sLower);
    const targetAt = target < 0 ? Infinity : sentence.start + target;
    const inSentence: Claimed[] = [];
    for (const clause of sentence.clauses) {
      // an index named in brackets as a component of another ("(Chỉ số SIPAS: 8,30 điểm)") names no figure outside them
      // the rate an earlier clause of this sentence named, else the one carried from the sentences before
      const rateHere = inSentence.flatMap((c) => c.assigned).reverse().find((a) => a.metric.endsWith('_rate'))?.metric ?? carriedRate;
      const claimed = claimClause(text, lc, sentence, clause, sentencePlaces, unbracketed, indexHere, inSentence, targetAt, rateHere);
      backfillList(claimed, sentencePlaces, lc);
      inSentence.push(...claimed);
      for (const { figure, assigned } of claimed) {
        for (const a of assigned) {
          if (/^(?:par|sipas|service)_/u.test(a.metric)) indexFacts++;
          emit(a, figure.mention.start, figure.mention.qualifiedStart, figure.mention.end, fromToRole(figure));
        }
      }
    }
    // ranks said in words; "N năm liên tiếp dẫn đầu" is rank 1 for the year reported (spec), the earlier years only
    // where the text writes them
    if (target < 0) {
      // "Cả hai chỉ số này, Quảng Ninh đều là địa phương đứng đầu": the lead holds for both indices named
      const both = BOTH_INDICES.test(sLower)
        ? [...new Set(namedInText.filter((n) => n.at >= sentence.start - 600 && n.at < sentence.end).map((n) => n.name))].filter((n) => n === 'par' || n === 'sipas') : [];
      for (const index of both.length === 2 ? both : [nearestIndex(unbracketed, sLower.length, indexHere)]) {
        for (const a of leadingRank(sLower, index)) {
          const at = sentence.start + a.anchor;
          emit(a, at, at, at);
        }
      }
    }

    // the members of a group that passes or stays under a bound, listed in the sentence or the next one
    const bounds = boundListsIn(sLower, pendingBound);
    for (const a of bounds.items) emit(a, sentence.start + a.anchor, sentence.start + a.anchor, sentence.start + a.anchor);
    pendingBound = bounds.pending;

    // a paragraph whose opening sentence reports on one place is about that place ("Trung tâm ... phường X đã tiếp nhận ...")
    if (!topic && sentence.index === firstOfParagraph(sentences, sentence)) {
      const said = new Set(facts.slice(factsBefore).map((f) => f.locality && `${f.locality.type} ${f.locality.name}`));
      const place = facts[factsBefore]?.locality;
      if (said.size === 1 && place && place !== doc.subject && sentencePlaces.some((p) => p.locality.name === place.name)) topic = { paragraph: sentence.paragraph, locality: place };
    }
    // what the next sentences inherit
    const rates = facts.slice(factsBefore).filter((f) => f.unit === 'percent' && f.metric.endsWith('_rate'));
    // (a rate named without a figure is carried too: "công bố số liệu về tỷ lệ hồ sơ trực tuyến toàn trình …" then "ba Bộ
    // dẫn đầu về tỷ lệ này … là Bộ Công Thương (83,49%), …")
    const namedRate = rates.length ? null : rateNamed(sLower);
    if (rates.length) { carriedRate = rates[rates.length - 1]!.metric; carriedRateParagraph = sentence.paragraph; }
    else if (namedRate) { carriedRate = namedRate; carriedRateParagraph = sentence.paragraph; }
    else if (sentence.paragraph > carriedRateParagraph + 2) carriedRate = null;
    for (const n of unbracketed) {
      const y = periods.find((p) => p.year !== null && !p.comparison && p.start - sentence.start >= n.at && p.start - sentence.start - n.at <= 60);
      if (y) indexYear = y.year;
    }
    if (unbracketed.length) {
      // a sentence that only names several indices ("công bố Chỉ số CCHC và SIPAS") hands on the first; an index named in
      // brackets is a component of the main one ("(gồm Chỉ số SIPAS đạt 8,5/10 điểm)") and hands on nothing
      // (the one the document names most, when it is among them: "công bố Chỉ số SIPAS và Chỉ số CCHC" in an article on
      // the province's Chỉ số CCHC)
      const several = new Set(unbracketed.map((n) => n.name)).size > 1 && indexFacts === 0;
      carriedIndex = several ? (dominant && unbracketed.some((n) => n.name === dominant) ? dominant : unbracketed[0]!.name) : unbracketed[unbracketed.length - 1]!.name;
    } else if (/\d[\d.,]*\s*hồ sơ/u.test(sLower)) carriedIndex = null;
    // a period in brackets is an aside ("(năm 2020 đứng 19/63)"): it holds inside them, it does not frame what follows;
    // an explicit range in brackets defines the period named before it ("trong tuần (từ ngày 11.5 đến 17.5.2018)")
    const framing = periods.filter((p) => p.framing && !p.comparison && !ASIDE_BEFORE.test(lc.slice(Math.max(sentence.start, p.start - 14), p.start))
      && !(inOpenBracket(sLower, p.start - sentence.start) && !/^(?:tính\s+)?từ\s/u.test(lc.slice(p.start, p.end))));
    // a sentence that runs through several periods ("tháng 9 ...; tháng 8 ...") leaves the frame as it was
    const distinct = new Set(framing.map((p) => JSON.stringify(p.resolve(ctx))));
    const resolved = distinct.size > 1 && !framing.some((p) => p.start - sentence.start < 3) ? null : framing[framing.length - 1]?.resolve(ctx);
    if (resolved) {
      carried = resolved;
      remember(recent, resolved);
    }
  }
  const publishedYear = published ? +published.slice(0, 4) : null;
  const ranges = definedRanges(periodsOf.flat().map((m) => m.resolve({ year: publishedYear, published })), published);
  const headlineEnd = sentences[Math.max(0, headlineZone(sentences) - 1)]?.end ?? 0;
  return refine(facts, { ranges, previous, headlineEnd });
}

const TOTAL_OF_PARTS = new RegExp(`[,;]\\s*${TOTAL_POINTS}\\s*\\d`, 'u');

const BODY_OPENING = /^[\s\-–+•*]*(?:trung tâm|bộ phận|ubnd|ủy ban nhân dân|văn phòng|chi nhánh)(?:[^,;.:()\d]{0,55})$/u;

/** Reads the figures of one clause and lets the families claim them, in order. */
function claimClause(text: string, lc: string, sentence: Sentence, clause: { start: number; end: number }, places: SentencePlaces['places'],
  named: Array<{ name: IndexName; at: number }>, carriedIndex: IndexName | null, before: Claimed[], targetAt: number, carriedRate: Metric | null): Claimed[] {
  const mentions = scanNumbers(text, clause.start, clause.end).filter((m) => !m.excluded);
  const claimed: Claimed[] = [];
  let phraseEnd = clause.start;
  mentions.forEach((mention, i) => {
    const after = lc.slice(mention.end, mentions[i + 1]?.qualifiedStart ?? clause.end);
    const figure: Figure = {
      mention,
      noun: mention.percent ? 'percent' : nounOf(lc.slice(mention.end, Math.min(clause.end, mention.end + 50))),
      // the rules read at most CONTEXT characters back: enough for any phrasing, and a sentence listing thousands
      // of figures stays linear
      left: lc.slice(Math.max(Math.min(phraseEnd, mention.qualifiedStart), mention.qualifiedStart - CONTEXT), mention.qualifiedStart),
      right: phraseAfter(after),
      clauseLeft: lc.slice(Math.max(clause.start, mention.qualifiedStart - CONTEXT), mention.qualifiedStart),
      sentenceLeft: lc.slice(Math.max(sentence.start, mention.qualifiedStart - CONTEXT), mention.qualifiedStart),
      sentenceRight: lc.slice(mention.end, sentence.end),
      context: lc.slice(Math.max(0, sentence.start - 400), sentence.start),
    };
    // "tỉnh đứng thứ 3 khu vực về Chỉ số PCI": an index named right after the figure is the one it belongs to
    const namedAfter = named.find((n) => n.at > mention.end - sentence.start && n.at - (mention.end - sentence.start) < 40 && /(?:về|của|theo|trong bảng(?: xếp hạng)?)\s*(?:chỉ số\s*)?$/u.test(lc.slice(sentence.start + n.at - 22, sentence.start + n.at)));
    const index = namedAfter?.name ?? nearestIndex(named, mention.start - sentence.start, carriedIndex, lc.slice(sentence.start, mention.start));
    let assigned: Assignment[] = [];
    // "đứng thứ 4 trong 13 tỉnh": the 13 only counts the ranking
    // ("từ thứ hạng 11 trên 19 đơn vị": "trên" is no bound here)
    const denominator = /(?:thứ|hạng)\s*\d+\s*(?:trong|trên)\s*(?:số|tổng số)?\s*$/u.test(figure.clauseLeft)
      || (/(?:thứ|hạng)\s*\d+\s*$/u.test(figure.clauseLeft) && /^(?:trong|trên)\s/u.test(lc.slice(mention.qualifiedStart, mention.start)));
    // a count of part of the caseload (by channel, due, returned, one field) is no figure, nor a list item; nor is the
    // figure of a unit left unnamed ("(tỉnh cao nhất cả nước 91,10%)")
    // nor a rate over some procedures only ("đạt trên 90% đối với những thủ tục hành chính đã công bố trực tuyến")
    // nor the parts in brackets of a count of part of the caseload ("qua dịch vụ bưu chính công ích 2.239 hồ sơ (trong đó:
    // Tiếp nhận 1.076 hồ sơ; trả kết quả cho công dân 1.163 hồ sơ)")
    const bracketOfVetoed = !mention.percent && inBracketOfVetoed(lc, mention.qualifiedStart, before, claimed);
    const vetoed = (!index && figure.noun !== 'points' && isSubsetCount(figure.left, figure.right, figure.sentenceLeft, figure.sentenceRight)) || UNNAMED_EXTREME.test(figure.sentenceLeft.slice(-80))
      || (!index && mention.percent && RATE_OVER_SUBSET_AFTER.test(figure.sentenceRight))
      // nor the figure of a target given in brackets ("(mục tiêu 70%)")
      || BRACKETED_TARGET.test(figure.clauseLeft.slice(-40))
      // nor the share of the procedures just counted
      || isShareOfProcedures(figure, claimed)
      || bracketOfVetoed;
    // nor the level compared with in "(82,2% so với 75,3%)": another unit's or a mean's, the year unsaid (an aside a list runs past)
    const aside = mention.percent && BRACKET_COMPARATOR.test(figure.clauseLeft) && /^\s*\)/u.test(figure.sentenceRight);
    if (mention.start < targetAt && !denominator && !vetoed && !aside) {
      // "Sự hài lòng … năm 2016 đạt 89%; năm 2017 là 91%; năm 2018 đạt 96,1%": a series by period continues the rate it opened
      const series = mention.percent ? periodSeriesItem(figure, claimed.length ? claimed : before, lc) : null;
      if (series) assigned = [series];
      else for (const family of FAMILIES) {
        const got = family({ figure, earlier: claimed, index });
        if (got?.length) { assigned = got; break; }
      }
      // a list may run on past a semicolon ("... với 18.230 hồ sơ; phường Yên Bái 15.604 hồ sơ")
      if (!assigned.length) assigned = continuesList(figure, claimed.length ? claimed : before, places, lc);
      if (!assigned.length && !index) assigned = rateReferredTo(figure, carriedRate, places, lc);
    }
    if (process.env.CCHC_DEBUG) console.error(JSON.stringify({ v: mention.value, noun: figure.noun, left: figure.left, right: figure.right, index, assigned }));
    claimed.push({ figure, assigned, vetoed: vetoed || aside, aside, inVetoedBracket: bracketOfVetoed });
    // an unclaimed figure (a count of units, a change) leaves the words around it to the next one
    phraseEnd = assigned.length || vetoed || aside ? mention.end + figure.right.length : phraseEnd;
  });
  return claimed;
}

const HEADLINE_HEAD = /(?:^|[^\p{L},.;:])\p{Lu}[\p{L}]*(?:\s?[-–]?\s?\p{Lu}[\p{L}]*){0,3}:\s\p{Lu}/gu;
function runOfHeadlines(sentence: string): boolean {
  // (cheap tests first: this runs for every sentence, and two "X: Y" need two ": ")
  const colon = sentence.indexOf(': ');
  if (colon < 0 || sentence.indexOf(': ', colon + 2) < 0 || sentence.length > 400) return false;
  if (/[.!?]\s*$/u.test(sentence.trim().replace(/\s*\|$/u, ''))) return false;
  let n = 0;
  HEADLINE_HEAD.lastIndex = 0;
  while (HEADLINE_HEAD.exec(sentence)) if (++n >= 2) return true;
  return false;
}
const RELATED_HEADING = /^(?:tin liên quan|tin cùng chuyên mục|cùng chuyên mục|các tin (?:khác|đã đưa|cùng chuyên mục)|tin khác|bài viết liên quan|bài liên quan|xem thêm|đọc thêm|tin mới (?:hơn|nhất)|tin đã đưa)\s*:?\s*(?:>>)?\s*$/u;
// an average over the provinces or the ministries is the nation's
const NATIONAL_MEAN = /cả nước|toàn quốc|\d+ tỉnh|các tỉnh|các địa phương|các bộ/u;
const CONTEXT = 400;
const BRACKETED_TARGET = /\(\s*(?:mục tiêu|chỉ tiêu|kế hoạch|kế hoạch giao|chỉ tiêu giao)[^()]*$/u;
const BRACKET_COMPARATOR = /\(\s*[\d.,]+\s*%\s*so với\s*$/u;
const BOTH_INDICES = /cả hai (?:chỉ số|bảng xếp hạng)|cả 2 (?:chỉ số|bảng xếp hạng)/u;
const DOSSIER_TALK = /hồ sơ|tthc|thủ tục/u;
/** The words a carried index would reach: up to just past the sentence's last figure (a tail "… từ bước đột phá cải
 *  cách thủ tục hành chính" after "Tây Ninh xếp thứ 27 với 84,59%" leaves it the index's; "tiếp nhận 5.000 hồ sơ" does not). */
function caseloadPart(sLower: string): string {
  let i = sLower.length - 1;
  while (i >= 0 && !isDigit(sLower[i]!)) i--;
  if (i < 0) return sLower;
  // back to the start of the last number ("1.234,5"), which opens on a digit
  while (i > 0 && (isDigit(sLower[i - 1]!) || sLower[i - 1] === '.' || sLower[i - 1] === ',')) i--;
  while (!isDigit(sLower[i]!)) i++;
  return sLower.slice(0, i + 40);
}
const isDigit = (c: string) => c >= '0' && c <= '9';
const NON_TOPIC = wordsPattern(NON_TOPIC_WORDS, 'u');
// a line or sentence that opens on one of the index's component areas
const COMPONENT_ANAPHOR = /(?:chỉ số|lĩnh vực|tiêu chí|nội dung) thành phần (?:này|đó|trên|nói trên)|(?<![\p{L}])lĩnh vực (?:này|đó|nói trên)(?![\p{L}])/u;
const COMPONENT_HEADING = /^[\s\-–+•*]*(?:\d+[.)]\s*|[a-zđ][.)]\s*)?(?:các\s+)?(?:lĩnh vực|chỉ số thành phần|tiêu chí|nội dung thành phần)(?![\p{L}])/u;

/** The year written with the first index the article names ("Chỉ số SIPAS năm 2024", "PAR Index 2023"), for its headline. */
function firstIndexYear(named: Array<{ name: IndexName; at: number }>, lc: string): number | null {
  for (const n of named) {
    if (n.name === 'other-index') continue;
    const y = /^[^.;\n]{0,60}?(?:năm\s+|index\s+|sipas\s+|cchc\s+)((?:19|20)\d\d)(?!\d)/u.exec(lc.slice(n.at, n.at + 80));
    // a year compared with ("so với năm 2022") is not the index's
    if (y && !/(?:so với|so|cùng kỳ|hơn)\s+(?:năm\s+)?$/u.test(y[0].slice(0, -4))) return +y[1]!;
  }
  return null;
}

/** The one CCHC index an article is about: named at least twice, no other CCHC index named, and more often than dossiers. */
/** The index the document names most often, if it is named at least twice as often as any other. */
function dominantIndex(namedInText: Array<{ name: IndexName; at: number }>): IndexName | null {
  const counts = new Map<IndexName, number>();
  for (const n of namedInText) if (n.name !== 'other-index') counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] && (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1]![1]) ? ranked[0][0] : null;
}

function mainIndex(namedInText: Array<{ name: IndexName; at: number }>, lc: string): IndexName | null {
  const named = namedInText.filter((n) => n.name !== 'other-index');
  const kinds = new Set(named.map((n) => n.name));
  if (kinds.size !== 1 || named.length < 2) return null;
  const dossiers = (lc.match(/hồ sơ/gu) ?? []).length;
  return named.length > dossiers ? named[0]!.name : null;
}

function inOpenBracket(s: string, at: number): boolean {
  const before = s.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Named inside a bracket after other words ("(gồm Chỉ số SIPAS đạt …)"); a bracket that only restates the name
 *  ("Chỉ số cải cách hành chính (PAR Index)") does not count. */
function insideBrackets(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 200), at);
  const open = before.lastIndexOf('(');
  return open > before.lastIndexOf(')') && /\p{L}/u.test(before.slice(open + 1));
}

/** The index named nearest before `pos` in the sentence, else the first named after it, else the one carried. */
/** The index a figure at `pos` belongs to: the last one named before it; of two named as a pair ("ở cả Chỉ số CCHC và Chỉ
 *  số hài lòng …, trong khi Hà Nội đứng ở vị trí thứ 3"), the one the article is about, else the first. */
function nearestIndex(named: Array<{ name: IndexName; at: number }>, pos: number, carried: IndexName | null, lowerBefore?: string): IndexName | null {
  const before = named.filter((n) => n.at < pos);
  const last = before[before.length - 1];
  const pair = before[before.length - 2];
  if (lowerBefore && last && pair && pair.name !== last.name && /(?:^|\s)cả\s+$/u.test(lowerBefore.slice(Math.max(0, pair.at - 6), pair.at))
    && /\svà\s+$/u.test(lowerBefore.slice(Math.max(pair.at, last.at - 6), last.at))) {
    return carried === pair.name || carried === last.name ? carried : pair.name;
  }
  return last?.name ?? named[0]?.name ?? carried;
}

function firstOfParagraph(sentences: Sentence[], s: Sentence): number {
  let i = s.index;
  while (i > 0 && sentences[i - 1]!.paragraph === s.paragraph) i--;
  return i;
}

function remember(recent: { quarter: Period | null; month: Period | null; report: Period | null }, p: Period): void {
  if (!p.start || !p.end) return;
  const months = (+p.end.slice(0, 4) - +p.start.slice(0, 4)) * 12 + (+p.end.slice(5, 7) - +p.start.slice(5, 7)) + 1;
  if (months === 3 && /-(?:01|04|07|10)-01$/.test(p.start)) recent.quarter = p;
  if (months === 1) recent.month = p;
  recent.report ??= p;
}

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/./gsu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
}


function yearOf(p: Period | null): number | null {
  const d = p?.end ?? p?.start;
  return d ? +d.slice(0, 4) : null;
}

function unitOf(metric: Metric, text: string, figEnd: number): Fact['unit'] {
  if (metric === 'par_index_score' || metric === 'par_index_change' || metric === 'service_index_score') {
    return /%|phần trăm/u.test(text.slice(Math.max(0, figEnd - 12), figEnd)) ? 'percent' : 'points';
  }
  return METRICS[metric].unit;
}

function evidenceOf(norm: NormalizedText, sentence: Sentence): Fact['evidence'] {
  const start = norm.toOriginal(sentence.start);
  const end = norm.toOriginal(sentence.end);
  return { text: norm.original.slice(start, end), start, end };
}

