// Relevance suite: real queries a reader would type, in both languages, each with the page that must
// be among the first three hits, run against the real content with the engine the site ships.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../src/search/engine';
import { type RelevanceCase, siteIndex } from './site-index';

const cases = JSON.parse(readFileSync(join(__dirname, 'relevance.json'), 'utf8')) as RelevanceCase[];

describe('search relevance on the real content', () => {
  // Reading and parsing ~240 pages takes a few seconds on a busy machine: once, before the queries.
  beforeAll(() => {
    siteIndex('pt-BR');
    siteIndex('en');
  }, 60_000);

  it('has at least 60 queries, at least 30 per locale', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => c.locale === 'pt-BR').length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.locale === 'en').length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [`${c.locale} "${c.query}" (${c.kind}) → ${c.page}`, c] as const))(
    '%s',
    (_, c) => {
      const top = search(siteIndex(c.locale), c.query, { limit: 3 }).map((hit) => hit.url.split('#')[0]);
      expect(top).toContain(c.page);
    },
  );
});
