/**
 * npm run bench:search — Camadas' search side by side with @easyops-cn/docusaurus-search-local (lunr),
 * the usual offline search of Docusaurus sites, on the same content, per locale:
 *   - bytes before the first result (gzip): what the browser downloads from the first use of the
 *     search box until the first result shows, measured in Chromium on the production build;
 *   - initial JS of a docs page (gzip), with our search, with the reference, and with no search at all;
 *   - index build time; query time in Node (median and p95 over the relevance suite);
 *   - top-3 hit rate on the relevance suite (tests/search/relevance.json).
 * The reference is installed into a temporary copy of the site (tmp/bench-search-reference), never
 * into this repository, and queried with its own code (its worker's search, bundled with esbuild).
 * Needs Debian's Chromium. Takes several minutes: it builds the site three times.
 * Usage: npm run bench:search [-- --skip-reference | --reuse-reference]
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { pageScripts } from '../plugins/ssr-template';
import { createIndex, search } from '../src/search/engine';
import { pageRecords } from '../src/search/records';
import { siteDocPages } from '../src/search/site-pages';
import type { SearchLocale } from '../src/search/types';
import { launchChromium } from '../tests/e2e/browser';
import type { RelevanceCase } from '../tests/search/site-index';

const root = join(__dirname, '..');
const REFERENCE = '@easyops-cn/docusaurus-search-local@0.55.3';
const refDir = join(root, 'tmp', 'bench-search-reference');
const skipReference = process.argv.includes('--skip-reference');
/** Reuse the temporary site of an earlier run (its two builds) instead of copying and building again. */
const reuseReference = process.argv.includes('--reuse-reference');
const cases = JSON.parse(
  readFileSync(join(root, 'tests', 'search', 'relevance.json'), 'utf8'),
) as RelevanceCase[];
const LOCALES: SearchLocale[] = ['pt-BR', 'en'];
const prefixOf = (locale: SearchLocale) => (locale === 'en' ? '/en' : '');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    console.error(result.stdout?.slice(-4000), result.stderr?.slice(-4000));
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
  }
  return (performance.now() - started) / 1000;
}

async function serve(dir: string, port: number): Promise<() => void> {
  const server = spawn(
    'npx',
    ['docusaurus', 'serve', '--dir', dir, '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // gone
    }
  };
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return stop;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`no server on ${port}`);
}

/** Initial JS of a page: the gzip size of every script its HTML loads. */
function initialJs(buildDir: string, pagePath: string): number {
  const html = readFileSync(join(buildDir, `${pagePath}.html`), 'utf8');
  let total = 0;
  for (const script of pageScripts(html)) {
    const file = join(buildDir, script.replace(/^\//, ''));
    if (existsSync(file)) total += gzipSync(readFileSync(file)).length;
  }
  return total;
}

/**
 * Bytes (gzip) of JS, JSON and CSS a reader downloads, in a fresh browser, from opening a docs page
 * until the first search result is on screen: `page` is what the page load itself took (until the
 * network is idle), `afterLoad` what the first use of the search box added. `open` focuses or clicks
 * the box and types; `firstResult` selects a result.
 */
async function bytesBeforeFirstResult(
  url: string,
  open: (page: import('playwright-core').Page) => Promise<void>,
  firstResult: string,
): Promise<{ page: number; afterLoad: number; files: number }> {
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    let loaded = false;
    const before: Promise<number>[] = [];
    const after: Promise<number>[] = [];
    page.on('response', (response) => {
      if (!/\.(js|json|css)(\?|$)/.test(response.url())) return;
      const size = response
        .body()
        .then((body) => gzipSync(body).length)
        .catch(() => 0);
      (loaded ? after : before).push(size);
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    loaded = true;
    await open(page);
    try {
      await page.locator(firstResult).first().waitFor({ timeout: 60_000 });
    } catch (error) {
      await page.screenshot({ path: join(root, 'tmp', 'bench-search-failure.png') });
      throw error;
    }
    const sum = async (xs: Promise<number>[]) => (await Promise.all(xs)).reduce((a, b) => a + b, 0);
    return { page: await sum(before), afterLoad: await sum(after), files: after.length };
  } finally {
    await chromium.close();
  }
}

interface Row {
  engine: string;
  locale: SearchLocale;
  /** Bytes of the page load, and bytes the first use of search added until the first result. */
  bytesPage: number;
  bytesFirst: number;
  filesFirst: number;
  /** Build-time work to make the index of this locale. */
  buildMs: number;
  /** Work in the browser (here: Node) before the first query can run: parse and load the index. */
  loadMs: number;
  queryMedian: number;
  queryP95: number;
  top3: number;
  total: number;
}

function hitRate(
  locale: SearchLocale,
  top3Of: (query: string) => string[],
): { hits: number; total: number; ms: number[] } {
  const mine = cases.filter((c) => c.locale === locale);
  const ms: number[] = [];
  let hits = 0;
  for (const c of mine) {
    top3Of(c.query); // warm-up of this query's paths
    const times: number[] = [];
    let top: string[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      top = top3Of(c.query);
      times.push(performance.now() - t);
    }
    ms.push(median(times));
    if (top.includes(c.page)) hits += 1;
  }
  return { hits, total: mine.length, ms };
}

async function measureOurs(): Promise<Row[]> {
  if (!existsSync(join(root, 'build', 'index.html'))) {
    console.log('building the site (npm run build)…');
    run('npx', ['docusaurus', 'build'], root);
  }
  const rows: Row[] = [];
  const stop = await serve('build', 3931);
  try {
    for (const locale of LOCALES) {
      // Same records as the browser loads (the build writes them to build/…/search-index.json).
      const t0 = performance.now();
      const records = siteDocPages(root, locale).flatMap(pageRecords);
      const t1 = performance.now();
      const index = createIndex(records, locale);
      const t2 = performance.now();
      const { hits, total, ms } = hitRate(locale, (q) =>
        search(index, q, { limit: 3 }).map((hit) => hit.url.split('#')[0]),
      );
      const first = await bytesBeforeFirstResult(
        `http://127.0.0.1:3931${prefixOf(locale)}/docs/intro`,
        async (page) => {
          await page.locator('button[data-hydrated="true"]').click();
          await page.keyboard.type('camadas');
        },
        '[role="dialog"] [role="option"]',
      );
      console.log(
        `  ours ${locale}: ${records.length} records; records ${(t1 - t0).toFixed(0)} ms + index ${(t2 - t1).toFixed(0)} ms`,
      );
      rows.push({
        engine: 'Camadas (MiniSearch)',
        locale,
        bytesPage: first.page,
        bytesFirst: first.afterLoad,
        filesFirst: first.files,
        buildMs: t1 - t0,
        loadMs: t2 - t1,
        queryMedian: median(ms),
        queryP95: p95(ms),
        top3: hits,
        total,
      });
    }
  } finally {
    stop();
  }
  return rows;
}

function findFiles(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return findFiles(full, test);
    return test(name) ? [full] : [];
  });
}

/** A copy of the site with our search taken out, then (second build) with the reference put in. */
async function measureReference(): Promise<{ rows: Row[]; baselineJs: number; referenceJs: number }> {
  const reuse = reuseReference && existsSync(join(refDir, 'build-reference', 'index.html'));
  let baselineSeconds = Number.NaN;
  let referenceSeconds = Number.NaN;
  if (!reuse) {
    rmSync(refDir, { recursive: true, force: true });
    mkdirSync(refDir, { recursive: true });
    for (const name of readdirSync(root)) {
      if (['node_modules', 'build', '.docusaurus', 'tmp', '.git'].includes(name)) continue;
      cpSync(join(root, name), join(refDir, name), { recursive: true });
    }
    console.log('copying node_modules into the temporary site…');
    cpSync(join(root, 'node_modules'), join(refDir, 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
    });
    rmSync(join(refDir, 'src', 'theme', 'SearchBar'), { recursive: true, force: true });
    rmSync(join(refDir, 'src', 'pages', 'search.tsx'), { force: true });
    const configPath = join(refDir, 'docusaurus.config.ts');
    // Without our /search page, links to it (the 404 page's) are broken in this copy only: warn, don't fail.
    const config = readFileSync(configPath, 'utf8')
      .replace("    './plugins/search-index/index.ts',\n", '')
      .replace("onBrokenLinks: 'throw'", "onBrokenLinks: 'warn'");
    writeFileSync(configPath, config);

    console.log('building the site with no search (baseline)…');
    baselineSeconds = run('npx', ['docusaurus', 'build', '--out-dir', 'build-none'], refDir);

    console.log(`installing ${REFERENCE} into the temporary site…`);
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', REFERENCE], refDir);
    writeFileSync(
      configPath,
      config.replace(
        "  themes: ['@docusaurus/theme-mermaid'],",
        `  themes: ['@docusaurus/theme-mermaid', ['${REFERENCE.replace(/@[\d.]+$/, '')}', { hashed: true, language: ['pt', 'en'], indexBlog: false, indexPages: false, docsRouteBasePath: '/docs' }]],`,
      ),
    );
    console.log('building the site with the reference…');
    referenceSeconds = run('npx', ['docusaurus', 'build', '--out-dir', 'build-reference'], refDir);
    console.log(
      `  builds: no search ${baselineSeconds.toFixed(1)} s, with the reference ${referenceSeconds.toFixed(1)} s`,
    );
  }
  // Its index is made inside the build: the extra build time per locale is the best estimate we have
  // (NaN when the builds were reused; noisy on a busy machine).
  const referenceIndexBuildMs = ((referenceSeconds - baselineSeconds) * 1000) / LOCALES.length;
  const baselineJs = initialJs(join(refDir, 'build-none'), 'docs/images/layers');
  const refBuild = join(refDir, 'build-reference');
  const referenceJs = initialJs(refBuild, 'docs/images/layers');

  // The reference's own search code (its worker), bundled for Node with its generated constants.
  const constants = findFiles(join(refDir, '.docusaurus'), (n) => n === 'generated-constants.js')[0];
  const workerEntry = join(
    refDir,
    'node_modules',
    '@easyops-cn',
    'docusaurus-search-local',
    'dist',
    'client',
    'client',
    'theme',
    'worker.js',
  );
  const bundle = join(refDir, 'reference-worker.cjs');
  await esbuild({
    entryPoints: [workerEntry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'error',
    plugins: [
      {
        name: 'reference-constants',
        setup(build) {
          build.onResolve({ filter: /proxiedGeneratedConstants$/ }, () => ({ path: constants }));
          build.onResolve({ filter: /^comlink$/ }, () => ({ path: 'comlink-stub', namespace: 'stub' }));
          build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
            contents: 'export function expose() {}',
          }));
        },
      },
    ],
  });

  const rows: Row[] = [];
  const stop = await serve(refBuild, 3932);
  try {
    for (const locale of LOCALES) {
      const localeDir = locale === 'en' ? join(refBuild, 'en') : refBuild;
      const indexFile = readdirSync(localeDir).find((n) => /^search-index.*\.json$/.test(n));
      if (!indexFile) throw new Error(`no reference index in ${localeDir}`);
      const json = readFileSync(join(localeDir, indexFile), 'utf8');
      // The worker fetches its index and checks the origin: give it both, from disk.
      (globalThis as unknown as { location: unknown }).location = { origin: 'http://bench.local' };
      (globalThis as unknown as { fetch: unknown }).fetch = async () => ({
        json: async () => JSON.parse(json),
      });
      delete require.cache[bundle];
      const { SearchWorker } = require(bundle) as {
        SearchWorker: new () => {
          fetchIndexes(baseUrl: string, context: string): Promise<void>;
          search(
            baseUrl: string,
            context: string,
            input: string,
            limit: number,
          ): Promise<Array<{ document: { u: string } }>>;
        };
      };
      const worker = new SearchWorker();
      const baseUrl = `${prefixOf(locale)}/`;
      const t0 = performance.now();
      await worker.fetchIndexes(baseUrl, '');
      const loadMs = performance.now() - t0;
      // Its search is async (a worker API) but does no I/O once loaded: run the suite sequentially.
      const ms: number[] = [];
      let hits = 0;
      const mine = cases.filter((c) => c.locale === locale);
      for (const c of mine) {
        await worker.search(baseUrl, '', c.query, 3);
        const times: number[] = [];
        let top: string[] = [];
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          top = (await worker.search(baseUrl, '', c.query, 8))
            .slice(0, 3)
            .map((r) => r.document.u.split('#')[0]);
          times.push(performance.now() - t);
        }
        ms.push(median(times));
        if (top.includes(c.page)) hits += 1;
      }
      const first = await bytesBeforeFirstResult(
        `http://127.0.0.1:3932${prefixOf(locale)}/docs/intro`,
        async (page) => {
          const input = page.locator('input.navbar__search-input').first();
          await input.click();
          await input.type('camadas');
        },
        '.navbar [role="option"]',
      );
      rows.push({
        engine: 'docusaurus-search-local (lunr)',
        locale,
        bytesPage: first.page,
        bytesFirst: first.afterLoad,
        filesFirst: first.files,
        buildMs: referenceIndexBuildMs,
        loadMs,
        queryMedian: median(ms),
        queryP95: p95(ms),
        top3: hits,
        total: mine.length,
      });
    }
  } finally {
    stop();
  }
  return { rows, baselineJs, referenceJs };
}

async function main() {
  console.log(`bench:search — ${cases.length} relevance queries`);
  const ours = await measureOurs();
  const oursJs = initialJs(join(root, 'build'), 'docs/images/layers');
  const reference = skipReference ? undefined : await measureReference();
  const rows = [...ours, ...(reference?.rows ?? [])];
  console.log('');
  console.log(
    '| engine | locale | first use → first result (gzip) | files | page load (gzip) | index build ms | index load ms | query median ms | query p95 ms | top-3 |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.engine} | ${r.locale} | ${kb(r.bytesFirst)} | ${r.filesFirst} | ${kb(r.bytesPage)} | ${r.buildMs.toFixed(0)} | ${r.loadMs.toFixed(0)} | ${r.queryMedian.toFixed(2)} | ${r.queryP95.toFixed(2)} | ${r.top3}/${r.total} (${((r.top3 / r.total) * 100).toFixed(1)}%) |`,
    );
  console.log('');
  console.log(
    'index build: ours = records from the docs sources in Node (what the build plugin does per locale);',
  );
  console.log('  reference = (build time with it − build time with no search) / 2 locales, one run each.');
  console.log('index load: ours = MiniSearch index from the records (what the browser does on first use);');
  console.log('  reference = parsing its JSON and lunr.Index.load (what its worker does on first use).');
  console.log(`initial JS of /docs/images/layers (gzip): ours ${kb(oursJs)}`);
  if (reference)
    console.log(
      `  no search ${kb(reference.baselineJs)}, reference ${kb(reference.referenceJs)}; ours − no search = ${(
        (oursJs - reference.baselineJs) / 1024
      ).toFixed(1)} KB`,
    );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
