// `camadas search` and `camadas algolia-sync` on a small site of their own (a temporary folder).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAlgoliaSync } from '../../src/cli/algolia-sync-command';
import { run, runAsync } from '../../src/cli/main';
import { BUILD_INDEX_FILE } from '../../src/cli/search-source';

let site: string;
const en = { LANG: 'en_US.UTF-8' };

function inSite<T>(fn: () => T): T {
  const cwd = process.cwd();
  process.chdir(site);
  try {
    return fn();
  } finally {
    process.chdir(cwd);
  }
}

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'camadas-search-'));
  mkdirSync(join(site, 'docs', 'images'), { recursive: true });
  writeFileSync(join(site, 'docs', 'images', '_category_.json'), '{"label":"Imagens"}');
  writeFileSync(
    join(site, 'docs', 'images', 'layers.mdx'),
    '---\ntitle: Camadas\n---\n\nUma imagem é uma pilha de camadas.\n\n## O copy-on-write\n\nA camada gravável copia o arquivo.\n',
  );
  const enDir = join(site, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current', 'images');
  mkdirSync(enDir, { recursive: true });
  writeFileSync(
    join(enDir, 'layers.mdx'),
    '---\ntitle: Layers\n---\n\nAn image is a stack of layers.\n\n## Copy-on-write\n\nThe writable layer copies the file.\n',
  );
});

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('camadas search', () => {
  it('searches the docs sources when there is no build, and says so in one line', () => {
    const out = inSite(() => run(['search', 'copy-on-write', '--locale', 'pt-BR', '--json'], en));
    expect(out.exitCode).toBe(0);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain('sem build');
    const rows = JSON.parse(out.stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(rows[0]).sort()).toEqual(['excerpt', 'score', 'title', 'url']);
    expect(rows[0]).toMatchObject({
      title: 'Camadas › O copy-on-write',
      url: '/docs/images/layers#o-copy-on-write',
    });
  });

  it('reads the index of the last build when there is one', () => {
    const record = {
      url: '/en/docs/only-in-build',
      page: 'Only in the build',
      headings: [],
      section: '',
      text: 'Zymurgy is here.',
      code: '',
      keywords: [],
    };
    mkdirSync(join(site, 'build', 'en'), { recursive: true });
    writeFileSync(
      join(site, 'build', 'en', BUILD_INDEX_FILE),
      JSON.stringify({ version: 1, locale: 'en', records: [record] }),
    );
    try {
      const out = inSite(() => run(['search', 'zymurgy', '--locale', 'en', '--json'], en));
      expect(out.stderr).toBe('');
      expect(JSON.parse(out.stdout)[0].url).toBe('/en/docs/only-in-build');
    } finally {
      rmSync(join(site, 'build'), { recursive: true, force: true });
    }
  });

  it('falls back to the sources, with a clear line, when the build index is unreadable', () => {
    mkdirSync(join(site, 'build'), { recursive: true });
    writeFileSync(join(site, 'build', BUILD_INDEX_FILE), '{ not json');
    try {
      const out = inSite(() => run(['search', 'camadas', '--locale', 'pt-BR'], en));
      expect(out.exitCode).toBe(0);
      expect(out.stderr).toMatch(/^camadas: índice ilegível em .*search-index\.json/);
      expect(out.stdout).toContain('/docs/images/layers');
    } finally {
      rmSync(join(site, 'build'), { recursive: true, force: true });
    }
  });

  it('prints numbered hits with the path to open', () => {
    const out = inSite(() => run(['search', 'writable', 'layer', '--locale', 'en', '--limit', '1'], en));
    expect(out.stdout).toMatch(/^1\. Layers › Copy-on-write\n {3}\/en\/docs\/images\/layers#copy-on-write\n/);
  });

  it.each([
    [['search'], 'say what to search for'],
    [['search', 'x', '--limit', '0'], '--limit takes a whole number from 1 to 100, not "0"'],
    [['search', 'x', '--limit', 'ten'], 'not "ten"'],
    [['search', 'x', '--locale', 'fr'], 'unknown locale "fr"'],
  ])('refuses %j with one clear line and exit 2', (args, message) => {
    const out = inSite(() => run(args, en));
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('camadas algolia-sync', () => {
  it('--dry-run builds the DocSearch records of both locales and sends nothing', async () => {
    const out = await inSite(() => runAsync(['algolia-sync', '--dry-run', '--json'], en));
    expect(out.exitCode).toBe(0);
    const records = JSON.parse(out.stdout) as Array<{ lang: string; hierarchy: { lvl1: string } }>;
    expect(new Set(records.map((r) => r.lang))).toEqual(new Set(['pt-BR', 'en']));
    expect(records.map((r) => r.hierarchy.lvl1)).toContain('Layers');
    expect(out.stderr).toContain('records in DocSearch schema');
  });

  it('names the missing environment variables', async () => {
    const out = await inSite(() => runAsync(['algolia-sync'], { ...en, ALGOLIA_APP_ID: 'APP' }));
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain('ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME');
  });

  it('refuses an unknown option', async () => {
    const out = await runAsync(['algolia-sync', '--push'], en);
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain('unknown option');
  });
});

/**
 * Contract test: the real algoliasearch v5 client, pointed at a local server that records every request
 * and answers as Algolia's REST API documents (task ids, published tasks). It proves what we send and in
 * which order; it cannot prove how Algolia's servers would answer.
 */
describe('camadas algolia-sync against a recording server (contract test)', () => {
  it('replaces the index atomically: copy settings to a temporary index, batch, move, then settings', async () => {
    const requests: Array<{ method: string; path: string; key: string; body: unknown }> = [];
    let task = 0;
    const server = createServer(async (req: IncomingMessage, res) => {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const path = (req.url ?? '').split('?')[0];
      requests.push({
        method: req.method ?? '',
        path,
        key: String(req.headers['x-algolia-api-key'] ?? ''),
        body: raw ? JSON.parse(raw) : undefined,
      });
      res.setHeader('content-type', 'application/json');
      if (/\/task\/\d+$/.test(path)) res.end(JSON.stringify({ status: 'published', pendingTask: false }));
      else res.end(JSON.stringify({ taskID: ++task, updatedAt: '2026-12-01T00:00:00Z', objectIDs: [] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const out = await runAlgoliaSync({
        dryRun: false,
        json: false,
        locale: 'en',
        siteDir: site,
        env: { ALGOLIA_APP_ID: 'TESTAPP', ALGOLIA_ADMIN_API_KEY: 'admin-key', ALGOLIA_INDEX_NAME: 'camadas' },
        hosts: [{ url: '127.0.0.1', port, protocol: 'http', accept: 'readWrite' }],
      });
      expect(out.stderr).toBe('');
      expect(out.exitCode).toBe(0);
      expect(requests.every((r) => r.key === 'admin-key')).toBe(true);
      const writes = requests.filter((r) => r.method !== 'GET');
      const tmp = /^\/1\/indexes\/(camadas_tmp_\d+)\/batch$/.exec(
        writes.find((r) => r.path.endsWith('/batch'))?.path ?? '',
      )?.[1];
      expect(tmp).toBeDefined();
      expect(writes.map((r) => `${r.method} ${r.path.replace(tmp ?? '', 'TMP')}`)).toEqual([
        'POST /1/indexes/camadas/operation',
        'POST /1/indexes/TMP/batch',
        'POST /1/indexes/camadas/operation',
        'POST /1/indexes/TMP/operation',
        'PUT /1/indexes/camadas/settings',
      ]);
      expect(writes[0].body).toEqual({
        operation: 'copy',
        destination: tmp,
        scope: ['settings', 'rules', 'synonyms'],
      });
      expect(writes[3].body).toEqual({ operation: 'move', destination: 'camadas' });
      const batch = writes[1].body as { requests: Array<{ action: string; body: Record<string, unknown> }> };
      expect(batch.requests.every((r) => r.action === 'addObject')).toBe(true);
      expect(batch.requests.map((r) => r.body.lang).sort()).toEqual(['en', 'en', 'pt-BR', 'pt-BR']);
      expect(batch.requests[0].body).toHaveProperty('hierarchy.lvl1');
      const settings = writes[4].body as { attributesForFaceting: string[] };
      expect(settings.attributesForFaceting).toContain('filterOnly(lang)');
    } finally {
      server.close();
    }
  });
});
