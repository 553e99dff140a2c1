import { describe, expect, it } from 'vitest';
import { buildQuery, createIndex, groupByPage, makeExcerpt, search } from '../../src/search/engine';
import type { SearchRecord } from '../../src/search/types';

const record = (
  url: string,
  page: string,
  text: string,
  extra: Partial<SearchRecord> = {},
): SearchRecord => ({
  url,
  page,
  headings: [],
  section: 'Test',
  text,
  code: '',
  keywords: [],
  ...extra,
});

const ptRecords: SearchRecord[] = [
  record('/docs/orq', 'Orquestração', 'A orquestração distribui contêineres entre máquinas.'),
  record('/docs/paisagem', 'Paisagem', 'Uma paisagem bonita.'),
  record('/docs/vm', 'Máquinas virtuais', 'Uma máquina virtual roda um kernel próprio.'),
  record('/docs/layers', 'Camadas', 'Cada camada guarda uma diferença.'),
  record('/docs/mentions', 'Notas', 'Aqui se fala de DL3006 de passagem, e de HEALTHCHECK também.'),
  record('/docs/rules/DL3006', 'DL3006: Fixe a tag', 'Sem tag, o Docker usa latest.', {
    keywords: ['DL3006'],
  }),
  record('/docs/health', 'HEALTHCHECK', 'Diz ao Docker como testar o contêiner.', {
    keywords: ['HEALTHCHECK'],
  }),
  record('/docs/cache', 'Cache', 'Use montagens de cache.', {
    code: 'RUN --mount=type=cache,target=/root/.cache pip install x',
  }),
  record('/docs/cache#other', 'Cache', 'Cache e mount e type aparecem soltos aqui: type, mount, cache.', {
    headings: ['Outra seção'],
  }),
];
const pt = createIndex(ptRecords, 'pt-BR');
const en = createIndex(
  [
    record('/en/docs/layers', 'Layers', 'Every layer stores a diff of the filesystem.'),
    record('/en/docs/container', 'What is a container', 'A container is a process of the host.'),
    record('/en/docs/build', 'Building images', 'Docker builds an image from a Dockerfile.'),
  ],
  'en',
);

const urls = (index: typeof pt, query: string) => search(index, query).map((hit) => hit.url);

describe('matching', () => {
  it('folds accents both ways', () => {
    expect(urls(pt, 'orquestracao')[0]).toBe('/docs/orq');
    expect(urls(pt, 'ORQUESTRAÇÃO')[0]).toBe('/docs/orq');
  });
  it('stems plurals and verb forms', () => {
    expect(urls(pt, 'paisagens')[0]).toBe('/docs/paisagem');
    expect(urls(en, 'built')).toContain('/en/docs/build');
    expect(urls(en, 'building')[0]).toBe('/en/docs/build');
  });
  it('tolerates one typo on words of five letters or more, not on shorter ones', () => {
    expect(urls(pt, 'paisagm')[0]).toBe('/docs/paisagem');
    expect(urls(en, 'contaner')[0]).toBe('/en/docs/container');
    expect(urls(en, 'lyer')).toEqual([]);
  });
  it('matches prefixes of the word being typed, not of finished words', () => {
    expect(urls(pt, 'pais')[0]).toBe('/docs/paisagem');
    expect(urls(pt, 'pais ')).toEqual([]);
  });
  it('uses synonyms across the two vocabularies', () => {
    expect(urls(en, 'camada')[0]).toBe('/en/docs/layers');
    expect(urls(en, 'contêiner')[0]).toBe('/en/docs/container');
    expect(urls(pt, 'VM')[0]).toBe('/docs/vm');
    expect(urls(pt, 'virtual machine')[0]).toBe('/docs/vm');
  });
  it('returns nothing for an empty or stop-word-free empty query', () => {
    expect(search(pt, '')).toEqual([]);
    expect(search(pt, '   ')).toEqual([]);
    expect(search(pt, '!!!')).toEqual([]);
  });
});

describe('ranking', () => {
  it('never takes a rule id for another one edit away', () => {
    const index = createIndex(
      [
        record('/docs/rules/DL3006', 'DL3006', 'Tag.', { keywords: ['DL3006'] }),
        record('/docs/rules/DL3007', 'DL3007', 'Latest.', { keywords: ['DL3007'] }),
      ],
      'pt-BR',
    );
    expect(urls(index, 'dl3006 ')).toEqual(['/docs/rules/DL3006']);
  });
  it('ranks an exact rule id first, in any case', () => {
    expect(urls(pt, 'dl3006')[0]).toBe('/docs/rules/DL3006');
    expect(urls(pt, 'DL3006')[0]).toBe('/docs/rules/DL3006');
  });
  it('ranks the page of an instruction first', () => {
    expect(urls(pt, 'healthcheck')[0]).toBe('/docs/health');
  });
  it('ranks a record holding the flag as typed above one with its words apart', () => {
    expect(urls(pt, '--mount=type=cache')[0]).toBe('/docs/cache');
  });
  it('ranks reading lists below the pages that explain', () => {
    const index = createIndex(
      [
        record('/docs/a#read', 'A', 'Camadas: veja Camadas e camadas.', {
          headings: ['Para ler depois'],
          weight: 0.35,
        }),
        record('/docs/b#x', 'B', 'Camadas guardam diferenças.', { headings: ['Camadas'] }),
      ],
      'pt-BR',
    );
    expect(urls(index, 'camadas')[0]).toBe('/docs/b#x');
  });
});

describe('excerpts', () => {
  it('returns plain text and the offsets of the matched words', () => {
    const hit = search(pt, 'paisagem')[0];
    expect(hit.excerpt).toBe('Uma paisagem bonita.');
    expect(hit.highlights).toEqual([[4, 12]]);
  });
  it('cuts long text around the first match', () => {
    const text = `${'palavra '.repeat(60)}contêiner ${'fim '.repeat(60)}`;
    const { excerpt, highlights } = makeExcerpt(text, new Set(['conteiner']), 'pt-BR');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThan(200);
    const [start, end] = highlights[0];
    expect(excerpt.slice(start, end)).toBe('contêiner');
  });
  it('takes the excerpt from the code when only the code matches', () => {
    const hit = search(pt, '--mount=type=cache')[0];
    expect(hit.excerpt).toContain('--mount=type=cache');
  });
  it('treats markup in a query as words', () => {
    expect(() => search(pt, '<script>alert(1)</script>')).not.toThrow();
    expect(buildQuery('<b>camada</b>', 'pt-BR').words).toEqual(['b', 'camada', 'b']);
  });
});

describe('grouping', () => {
  it('groups hits by page in the order of each page best hit', () => {
    const hits = search(pt, 'cache');
    const groups = groupByPage(hits);
    expect(groups.map((g) => g.url)).toEqual(['/docs/cache']);
    expect(groups[0].hits.length).toBe(2);
  });
});
