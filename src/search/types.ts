/** The data shared by the search index builder, the browser UI, the CLI and the Algolia sync. */
export type SearchLocale = 'pt-BR' | 'en';

export const SEARCH_LOCALES: readonly SearchLocale[] = ['pt-BR', 'en'];

/** One section of one page, as readers see it: the unit that is indexed and returned. */
export interface SearchRecord {
  /** Site path with the heading's anchor, e.g. `/en/docs/images/layers#copy-on-write`. */
  url: string;
  /** The page title (the h1). */
  page: string;
  /** The headings from the page title down to this section (h2, h3…), empty for the page's intro. */
  headings: string[];
  /** The part of the site the page belongs to (its sidebar category), e.g. "Imagens" or "Rules". */
  section: string;
  /** The prose of the section, as plain text. */
  text: string;
  /** The code blocks of the section (Dockerfile snippets, commands), so flags and commands are findable. */
  code: string;
  /** Names that must match exactly and rank first: rule ids and aliases, instruction names. */
  keywords: string[];
  /**
   * Below 1 for sections that are mostly links to other pages ("Para ler depois"): they mention many
   * topics without explaining any, so they rank after the pages they point to. Absent means 1.
   */
  weight?: number;
}

/** What the browser and the CLI load: the records of one locale and how they were made. */
export interface SearchIndexFile {
  version: 1;
  locale: SearchLocale;
  records: SearchRecord[];
}

/** One hit as every face of search returns it (CLI JSON, browser UI, Algolia adapter). */
export interface SearchHit {
  url: string;
  page: string;
  headings: string[];
  section: string;
  /** A short passage of the section around the matched words, as plain text. */
  excerpt: string;
  /** Where the matched words are in `excerpt`, as [start, end) offsets: the UI highlights them. */
  highlights: Array<[number, number]>;
  score: number;
}

/** The backend the build chose (docusaurus.config.ts → `customFields.search`). */
export type SearchConfig =
  | { provider: 'local' }
  | { provider: 'algolia'; appId: string; apiKey: string; indexName: string };
