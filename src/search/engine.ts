/**
 * The search engine shared by the browser and `camadas search`: MiniSearch (BM25+, prefix and fuzzy
 * search over a radix tree) with Camadas' own term processing (`text.ts`), cross-vocabulary synonyms,
 * and exact names (rule ids, instruction names) ranked first. Pure and browser-safe.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { SYNONYM_GROUPS } from './synonyms';
import { fold, indexTerms, isStopword, termsOf, tokenize } from './text';
import type { SearchHit, SearchLocale, SearchRecord } from './types';

/** How much a match in each field counts; `keywords` holds exact names (rule ids, instructions). */
const FIELD_BOOST = { keywords: 6, page: 6, headings: 3, text: 1, code: 1 } as const;
type Field = keyof typeof FIELD_BOOST;
const FIELDS = Object.keys(FIELD_BOOST) as Field[];
/** A record whose exact name equals a query word is multiplied by this, so it ranks first. */
const EXACT_NAME_BONUS = 20;
const NAME_IN_QUERY_BONUS = 1.5;
/** A page's own intro (no heading) is the best answer when its title matches. */
const PAGE_RECORD_BONUS = 1.3;
/** A record that holds the query as typed (a command, a flag, a phrase) outranks one with the words apart. */
const PHRASE_BONUS = 3;
/** Only the best candidates are checked for the phrase (bounded work per query). */
const PHRASE_CANDIDATES = 60;
/** One edit is tolerated on words of this many letters or more. */
export const FUZZY_MIN_LENGTH = 5;
const EXCERPT_LENGTH = 180;

export interface SearchIndex {
  locale: SearchLocale;
  records: readonly SearchRecord[];
  miniSearch: MiniSearch<IndexedRecord>;
  /** Folded, lower-cased full text per record, made on first use by the phrase check. */
  folded: Map<number, string>;
}

function foldedText(index: SearchIndex, id: number): string {
  let text = index.folded.get(id);
  if (text === undefined) {
    const r = index.records[id];
    text = fold([r.page, ...r.headings, r.text, r.code].join('\n').toLowerCase()).replace(/\s+/g, ' ');
    index.folded.set(id, text);
  }
  return text;
}

/** The query as a phrase worth looking for verbatim: two words or more, or a word with punctuation. */
function phraseOf(query: string): string | undefined {
  const phrase = fold(query.trim().toLowerCase()).replace(/\s+/g, ' ');
  return phrase.includes(' ') || /[-=./:]/.test(phrase) ? phrase : undefined;
}

interface IndexedRecord {
  id: number;
  record: SearchRecord;
}

function fieldText(record: SearchRecord, field: Field): string {
  switch (field) {
    case 'keywords':
      return record.headings.length === 0 ? record.keywords.join(' ') : '';
    case 'headings':
      return record.headings.join(' ');
    case 'page':
      // The title and the exact names count on the page's own record only: otherwise every section of
      // a page whose title holds a common word would outrank the one page that is about it.
      return record.headings.length === 0 ? record.page : '';
    default:
      return record[field];
  }
}

export function createIndex(records: readonly SearchRecord[], locale: SearchLocale): SearchIndex {
  const miniSearch = new MiniSearch<IndexedRecord>({
    fields: FIELDS,
    storeFields: [],
    extractField: (document, field) =>
      field === 'id' ? String(document.id) : fieldText(document.record, field as Field),
    tokenize: (text, field) => (field === 'keywords' ? text.split(' ') : tokenize(text)),
    processTerm: (term, field) =>
      field === 'keywords' ? fold(term.toLowerCase()) : (indexTerms(term, locale) ?? null),
  });
  miniSearch.addAll(records.map((record, id) => ({ id, record })));
  return { locale, records, miniSearch, folded: new Map() };
}

/** Query words as typed: hyphenated words stay whole (`apt-get`), stop words go unless nothing is left. */
function queryWords(query: string, locale: SearchLocale): string[] {
  const words = [...query.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu)].map((m) => m[0]);
  const kept = words.filter((word) => !isStopword(word, locale));
  return kept.length > 0 ? kept : words;
}

/** Synonym phrases as folded word lists, longest first, so "máquina virtual" wins over "máquina". */
const SYNONYMS = SYNONYM_GROUPS.map((group) =>
  group.map((phrase) => fold(phrase.toLowerCase()).split(/\s+/)),
);

/** The search for one word: its surface form (prefix while typing, one typo when long) or its stem. */
function wordQuery(word: string, locale: SearchLocale, typing: boolean): Query {
  const [surface, stem] = termsOf(word, locale);
  const queries: Query[] = [
    {
      queries: [surface],
      prefix: typing,
      // Ids and versions (`dl3006`, `3.23`) are exact: one edit away is another rule or release.
      fuzzy: surface.length >= FUZZY_MIN_LENGTH && !/\d/.test(surface) ? 1 : false,
      combineWith: 'OR',
    },
  ];
  if (stem) queries.push({ queries: [stem], prefix: false, fuzzy: false, combineWith: 'OR' });
  return { queries, combineWith: 'OR' };
}

function phraseQuery(words: readonly string[], locale: SearchLocale, typing: boolean): Query {
  if (words.length === 1) return wordQuery(words[0], locale, typing);
  return {
    queries: words.map((word, i) => wordQuery(word, locale, typing && i === words.length - 1)),
    combineWith: 'AND',
  };
}

/**
 * The query tree: every word (or synonym phrase) is an alternative, combined with OR and ranked by
 * BM25, so records matching more of the words come first and a stray word never empties the result.
 */
export function buildQuery(query: string, locale: SearchLocale): { tree: Query; words: string[] } {
  const words = queryWords(query, locale);
  const folded = words.map((w) => fold(w));
  const typing = !/\s$/.test(query);
  const parts: Query[] = [];
  for (let i = 0; i < words.length; ) {
    let matched: string[][] | undefined;
    let length = 0;
    for (const group of SYNONYMS)
      for (const phrase of group)
        if (phrase.length > length && phrase.every((w, k) => folded[i + k] === w)) {
          matched = group;
          length = phrase.length;
        }
    const last = i + Math.max(length, 1) >= words.length;
    if (matched) {
      parts.push({
        queries: matched.map((phrase) => phraseQuery(phrase, locale, false)),
        combineWith: 'OR',
      });
      // The words as typed too, for prefix matching while the word is still being written.
      if (typing && last) parts.push(wordQuery(words[i + length - 1], locale, true));
      i += length;
    } else {
      parts.push(wordQuery(words[i], locale, typing && last));
      i += 1;
    }
  }
  return { tree: { queries: parts, combineWith: 'OR' }, words };
}

/** Offsets of the words of `text` that match one of `terms` (index terms), for highlighting. */
export function matchOffsets(
  text: string,
  terms: ReadonlySet<string>,
  locale: SearchLocale,
): Array<[number, number]> {
  const offsets: Array<[number, number]> = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu)) {
    const index = match.index ?? 0;
    const word = match[0];
    const hit = termsOf(word, locale).some((term) => terms.has(term));
    if (hit) offsets.push([index, index + word.length]);
    else if (word.includes('-'))
      for (const part of word.matchAll(/[\p{L}\p{N}]+/gu))
        if (termsOf(part[0], locale).some((term) => terms.has(term)))
          offsets.push([index + (part.index ?? 0), index + (part.index ?? 0) + part[0].length]);
  }
  return offsets;
}

/** A passage of about EXCERPT_LENGTH characters around the first match, with the matches inside it. */
export function makeExcerpt(
  text: string,
  terms: ReadonlySet<string>,
  locale: SearchLocale,
): { excerpt: string; highlights: Array<[number, number]> } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const offsets = matchOffsets(flat, terms, locale);
  let start = 0;
  if (offsets.length > 0 && offsets[0][0] > EXCERPT_LENGTH / 3) {
    start = flat.lastIndexOf(' ', offsets[0][0] - EXCERPT_LENGTH / 4);
    start = start < 0 ? 0 : start + 1;
  }
  let end = Math.min(flat.length, start + EXCERPT_LENGTH);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + EXCERPT_LENGTH / 2) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const excerpt = `${prefix}${flat.slice(start, end)}${suffix}`;
  const shift = prefix.length - start;
  const highlights = offsets
    .filter(([a, b]) => a >= start && b <= end)
    .map(([a, b]) => [a + shift, b + shift] as [number, number]);
  return { excerpt, highlights };
}

export interface SearchOptions {
  limit?: number;
}

/** Runs a query: best hits first, one per record, with a plain-text excerpt and highlight offsets. */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  if (!query.trim()) return [];
  const { tree, words } = buildQuery(query, index.locale);
  if (words.length === 0) return [];
  const names = new Set(words.map((w) => fold(w)));
  let results: SearchResult[];
  try {
    results = index.miniSearch.search(tree, {
      boost: FIELD_BOOST,
      // The tree is already made of index terms.
      tokenize: (text) => [text],
      processTerm: (term) => term,
      weights: { fuzzy: 0.4, prefix: 0.6 },
    });
  } catch {
    return [];
  }
  const phrase = phraseOf(query);
  const whole = fold(query.trim().toLowerCase());
  const scored = results.map((result, rank) => {
    const id = result.id as number;
    const record = index.records[id];
    let score = result.score * (record.weight ?? 1);
    if (record.headings.length === 0) {
      // The whole query is the name (`DL3006`, `healthcheck`): that page first. A name among other words
      // (`docker run --init`) is only a hint: the reader asked about something more specific.
      const keys = record.keywords.map((k) => fold(k.toLowerCase()));
      if (keys.includes(whole)) score *= EXACT_NAME_BONUS;
      else if (keys.some((k) => names.has(k))) score *= NAME_IN_QUERY_BONUS;
    }
    if (record.headings.length === 0) score *= PAGE_RECORD_BONUS;
    if (phrase && rank < PHRASE_CANDIDATES && foldedText(index, id).includes(phrase)) score *= PHRASE_BONUS;
    return { result, record, score };
  });
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map(({ result, record, score }) => {
    const terms = new Set(result.terms);
    // The passage that shows most of what was asked: prose, or the code when a flag or command matched there.
    const fromText = makeExcerpt(record.text, terms, index.locale);
    const fromCode = record.code ? makeExcerpt(record.code, terms, index.locale) : undefined;
    const best = fromCode && fromCode.highlights.length > fromText.highlights.length ? fromCode : fromText;
    return {
      url: record.url,
      page: record.page,
      headings: record.headings,
      section: record.section,
      excerpt: best.excerpt,
      highlights: best.highlights,
      score: Math.round(score * 1000) / 1000,
    };
  });
}

export { groupByPage } from './group';
