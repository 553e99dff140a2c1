/**
 * npm run bench:search-engines — the two engine candidates on the same records (the real content,
 * both locales) and the same relevance suite: MiniSearch with Camadas' term processing (what ships)
 * and Orama 3 with its own Portuguese/English tokenizer, Snowball stemmer and stop words. Prints, per
 * locale: index build time, serialized index size (gzip), records-only size (gzip), query median and
 * p95 over the suite, and top-3 hit rate. Runs in Node; no build needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { create, insertMultiple, search as oramaSearch, save } from '@orama/orama';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemPortuguese } from '@orama/stemmers/portuguese';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as portugueseStopwords } from '@orama/stopwords/portuguese';
import { createIndex, search } from '../src/search/engine';
import type { SearchLocale, SearchRecord } from '../src/search/types';
import { type RelevanceCase, siteRecords } from '../tests/search/site-index';

const cases = JSON.parse(
  readFileSync(join(__dirname, '..', 'tests', 'search', 'relevance.json'), 'utf8'),
) as RelevanceCase[];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const gz = (value: unknown) => gzipSync(JSON.stringify(value)).length;

interface Candidate {
  name: string;
  build(records: SearchRecord[], locale: SearchLocale): Promise<unknown>;
  top3(index: unknown, query: string, records: SearchRecord[]): Promise<string[]>;
  serialized(index: unknown): Promise<unknown>;
}

const miniSearch: Candidate = {
  name: 'MiniSearch 7 + Camadas terms',
  build: async (records, locale) => createIndex(records, locale),
  top3: async (index, query) =>
    search(index as ReturnType<typeof createIndex>, query, { limit: 3 }).map((hit) => hit.url.split('#')[0]),
  serialized: async (index) => (index as ReturnType<typeof createIndex>).miniSearch.toJSON(),
};

const orama: Candidate = {
  name: 'Orama 3 (built-in language support)',
  async build(records, locale) {
    const db = create({
      schema: {
        page: 'string',
        headings: 'string',
        text: 'string',
        code: 'string',
        keywords: 'string',
      } as const,
      components: {
        tokenizer: {
          language: locale === 'en' ? 'english' : 'portuguese',
          stemming: true,
          stemmer: locale === 'en' ? stemEnglish : stemPortuguese,
          stopWords: locale === 'en' ? englishStopwords : portugueseStopwords,
        },
      },
    });
    // Orama's generic document types are too deep for tsc here; the schema above is the contract.
    const insertAll = insertMultiple as (
      db: unknown,
      docs: Array<Record<string, string>>,
    ) => Promise<unknown>;
    await insertAll(
      db,
      records.map((r, i) => ({
        id: String(i),
        page: r.page,
        headings: r.headings.join(' '),
        text: r.text,
        code: r.code,
        keywords: r.keywords.join(' '),
      })),
    );
    return db;
  },
  async top3(index, query, records) {
    const run = oramaSearch as (
      db: unknown,
      params: Record<string, unknown>,
    ) => Promise<{ hits: Array<{ id: string }> }>;
    const result = await run(index, {
      term: query,
      tolerance: 1,
      limit: 3,
      boost: { keywords: 6, page: 6, headings: 3, text: 1, code: 1 },
    });
    return result.hits.map((hit) => records[Number(hit.id)].url.split('#')[0]);
  },
  serialized: async (index) => (save as (db: unknown) => unknown)(index),
};

async function main() {
  console.log(
    '| engine | locale | index build ms | serialized index (gzip) | records only (gzip) | query median ms | query p95 ms | top-3 |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const locale of ['pt-BR', 'en'] as const) {
    const records = siteRecords(locale);
    const mine = cases.filter((c) => c.locale === locale);
    for (const candidate of [miniSearch, orama]) {
      const t0 = performance.now();
      const index = await candidate.build(records, locale);
      const buildMs = performance.now() - t0;
      const times: number[] = [];
      let hits = 0;
      for (const c of mine) {
        await candidate.top3(index, c.query, records);
        const runs: number[] = [];
        let top: string[] = [];
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          top = await candidate.top3(index, c.query, records);
          runs.push(performance.now() - t);
        }
        times.push(median(runs));
        if (top.includes(c.page)) hits += 1;
      }
      const size = gz(await candidate.serialized(index));
      console.log(
        `| ${candidate.name} | ${locale} | ${buildMs.toFixed(0)} | ${(size / 1024).toFixed(1)} KB | ${(gz(records) / 1024).toFixed(1)} KB | ${median(times).toFixed(2)} | ${p95(times).toFixed(2)} | ${hits}/${mine.length} (${((hits / mine.length) * 100).toFixed(1)}%) |`,
      );
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
