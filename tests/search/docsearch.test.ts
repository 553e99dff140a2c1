import { describe, expect, it } from 'vitest';
import { searchConfigFromEnv } from '../../src/search/config';
import {
  fromAlgoliaHit,
  POST_TAG,
  PRE_TAG,
  parseMarked,
  toDocSearchRecords,
} from '../../src/search/docsearch';

describe('DocSearch records', () => {
  const [intro, section] = toDocSearchRecords(
    [
      {
        url: '/en/docs/images/layers',
        page: 'Layers',
        headings: [],
        section: 'Images',
        text: 'Intro.',
        code: '',
        keywords: [],
      },
      {
        url: '/en/docs/images/layers#copy-on-write',
        page: 'Layers',
        headings: ['The writable layer', 'Copy-on-write'],
        section: 'Images',
        text: 'Text.',
        code: 'RUN x',
        keywords: [],
      },
    ],
    'en',
    'https://camadas.dev/',
  );
  it('uses the DocSearch hierarchy, absolute URLs, type and lang', () => {
    expect(intro).toMatchObject({
      url: 'https://camadas.dev/en/docs/images/layers',
      type: 'lvl1',
      lang: 'en',
      hierarchy: { lvl0: 'Images', lvl1: 'Layers', lvl2: null },
    });
    expect(section).toMatchObject({
      url: 'https://camadas.dev/en/docs/images/layers#copy-on-write',
      url_without_anchor: 'https://camadas.dev/en/docs/images/layers',
      anchor: 'copy-on-write',
      type: 'content',
      content: 'Text.',
      code: 'RUN x',
      hierarchy: { lvl1: 'Layers', lvl2: 'The writable layer', lvl3: 'Copy-on-write' },
    });
  });
  it('gives every record a unique objectID per locale', () => {
    expect(intro.objectID).toBe('en:/en/docs/images/layers');
    expect(section.objectID).not.toBe(intro.objectID);
  });
});

describe('Algolia hits', () => {
  it('turns marked snippets into text and offsets, never HTML', () => {
    expect(parseMarked(`a ${PRE_TAG}<b>x</b>${POST_TAG} c`)).toEqual({
      text: 'a <b>x</b> c',
      highlights: [[2, 10]],
    });
  });
  it('keeps links on the site (path and anchor only)', () => {
    const hit = fromAlgoliaHit(
      {
        url: 'https://camadas.dev/docs/images/layers#a',
        hierarchy: { lvl0: 'Imagens', lvl1: 'Camadas', lvl2: 'A' },
      },
      0,
    );
    expect(hit).toMatchObject({
      url: '/docs/images/layers#a',
      page: 'Camadas',
      headings: ['A'],
      section: 'Imagens',
    });
  });
});

describe('search backend from the environment', () => {
  it('is local without Algolia settings', () => {
    expect(searchConfigFromEnv({})).toEqual({ provider: 'local' });
  });
  it('is Algolia with all three public settings, and never carries the admin key', () => {
    const config = searchConfigFromEnv({
      ALGOLIA_APP_ID: 'APP',
      ALGOLIA_SEARCH_API_KEY: 'search',
      ALGOLIA_INDEX_NAME: 'camadas',
      ALGOLIA_ADMIN_API_KEY: 'admin-secret',
    });
    expect(config).toEqual({ provider: 'algolia', appId: 'APP', apiKey: 'search', indexName: 'camadas' });
    expect(JSON.stringify(config)).not.toContain('admin-secret');
  });
  it('names what is missing when only part is set', () => {
    expect(() => searchConfigFromEnv({ ALGOLIA_APP_ID: 'APP' })).toThrow(
      /ALGOLIA_SEARCH_API_KEY, ALGOLIA_INDEX_NAME missing/,
    );
  });
});
