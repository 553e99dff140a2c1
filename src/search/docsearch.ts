/**
 * The Algolia side of search, in DocSearch's record schema (`hierarchy.lvl0…lvl3`, `url`, `content`,
 * `type`, `lang`) so that standard DocSearch tooling can read the index too. Records go out from
 * `camadas algolia-sync`; hits come back into the same `SearchHit` shape the local engine returns.
 * Pure: runs in Node and in the browser.
 */
import type { SearchHit, SearchLocale, SearchRecord } from './types';

export interface DocSearchRecord {
  objectID: string;
  url: string;
  url_without_anchor: string;
  anchor: string | null;
  content: string | null;
  code: string | null;
  type: 'lvl1' | 'lvl2' | 'lvl3' | 'lvl4' | 'content';
  hierarchy: Record<'lvl0' | 'lvl1' | 'lvl2' | 'lvl3' | 'lvl4' | 'lvl5' | 'lvl6', string | null>;
  keywords: string[];
  lang: SearchLocale;
  /** Ranks pages before their sections when scores tie (DocSearch's `weight.level` idea). */
  level: number;
}

/** Algolia caps a record at 10 KB on most plans: long sections are cut, keeping the start. */
const MAX_CONTENT = 6000;
const MAX_CODE = 2000;

export function toDocSearchRecords(
  records: readonly SearchRecord[],
  locale: SearchLocale,
  siteUrl: string,
): DocSearchRecord[] {
  const base = siteUrl.replace(/\/+$/, '');
  return records.map((record) => {
    const [path, anchor] = record.url.split('#');
    const [lvl2 = null, lvl3 = null, lvl4 = null] = record.headings;
    const depth = record.headings.length;
    return {
      objectID: `${locale}:${record.url}`,
      url: `${base}${record.url}`,
      url_without_anchor: `${base}${path}`,
      anchor: anchor ?? null,
      content: record.text ? record.text.slice(0, MAX_CONTENT) : null,
      code: record.code ? record.code.slice(0, MAX_CODE) : null,
      type: depth === 0 ? 'lvl1' : record.text ? 'content' : (`lvl${depth + 1}` as 'lvl2' | 'lvl3' | 'lvl4'),
      hierarchy: {
        lvl0: record.section || null,
        lvl1: record.page,
        lvl2,
        lvl3,
        lvl4,
        lvl5: null,
        lvl6: null,
      },
      keywords: record.keywords,
      lang: locale,
      level: depth,
    };
  });
}

/** Index settings the UI's queries rely on (searchable fields, the `lang` filter, exact names first). */
export const DOCSEARCH_SETTINGS: {
  searchableAttributes: string[];
  attributesForFaceting: string[];
  attributesToSnippet: string[];
  customRanking: string[];
  ignorePlurals: Array<'pt' | 'en'>;
  removeStopWords: Array<'pt' | 'en'>;
  queryLanguages: Array<'pt' | 'en'>;
  typoTolerance: boolean;
  minWordSizefor1Typo: number;
} = {
  searchableAttributes: [
    'unordered(keywords)',
    'unordered(hierarchy.lvl1)',
    'unordered(hierarchy.lvl2)',
    'unordered(hierarchy.lvl3)',
    'unordered(hierarchy.lvl4)',
    'content',
    'code',
  ],
  attributesForFaceting: ['filterOnly(lang)'],
  attributesToSnippet: ['content:30', 'code:20'],
  customRanking: ['asc(level)'],
  ignorePlurals: ['pt', 'en'],
  removeStopWords: ['pt', 'en'],
  queryLanguages: ['pt', 'en'],
  typoTolerance: true,
  minWordSizefor1Typo: 5,
};

/** Algolia marks matches with these; they never reach the page as HTML. */
export const PRE_TAG = '\u0001';
export const POST_TAG = '\u0002';

/** A snippet with PRE_TAG/POST_TAG markers → plain text plus highlight offsets. */
export function parseMarked(marked: string): { text: string; highlights: Array<[number, number]> } {
  let text = '';
  const highlights: Array<[number, number]> = [];
  let open = -1;
  for (const char of marked) {
    if (char === PRE_TAG) open = text.length;
    else if (char === POST_TAG) {
      if (open >= 0) highlights.push([open, text.length]);
      open = -1;
    } else text += char;
  }
  return { text, highlights };
}

interface AlgoliaHit {
  url?: string;
  hierarchy?: Partial<DocSearchRecord['hierarchy']>;
  content?: string | null;
  _snippetResult?: { content?: { value?: string }; code?: { value?: string } };
  _rankingInfo?: { userScore?: number };
}

/** An Algolia hit as a `SearchHit`, with the site path (not the absolute URL) so links stay local. */
export function fromAlgoliaHit(hit: AlgoliaHit, position: number): SearchHit {
  let url = hit.url ?? '';
  try {
    const parsed = new URL(url);
    url = `${parsed.pathname}${parsed.hash}`;
  } catch {
    // already a path
  }
  const h = hit.hierarchy ?? {};
  const headings = [h.lvl2, h.lvl3, h.lvl4].filter((x): x is string => Boolean(x));
  const snippet = hit._snippetResult?.content?.value ?? hit._snippetResult?.code?.value ?? hit.content ?? '';
  const { text, highlights } = parseMarked(snippet);
  return {
    url,
    page: h.lvl1 ?? '',
    headings,
    section: h.lvl0 ?? '',
    excerpt: text,
    highlights,
    // Algolia ranks by tie-breaking, not by a score: keep its order.
    score: 1 / (position + 1),
  };
}
