/**
 * npm run bench:pages — Lighthouse 12 (mobile preset: throttled 4G, mid-range phone CPU) on each page
 * type in both locales, the build served compressed (bench/static-server.ts) as a real host would.
 * Prints the four category scores, LCP, TBT and CLS, and the JavaScript and CSS each page transfers
 * (compressed), against the JS budgets of bench/page-budgets.json. Run `npm run build` first.
 * Usage: npm run bench:pages [-- --only "rule page"] [-- --cpu-slowdown N]
 *   (BENCH_BUILD_DIR=dir to measure another build; BENCH_PORT=n when port 3874 is taken)
 * `--cpu-slowdown N` replaces the mobile preset's 4× CPU slowdown: Lighthouse's throttling guide asks
 * to calibrate it to the host (its BenchmarkIndex, printed with each row), because 4× on a host that is
 * already slower than Lighthouse's reference desktop emulates a phone slower than the one intended.
 * Scores on a loaded machine are pessimistic (Lighthouse simulates the CPU slowdown on top of the
 * real one); the byte counts do not depend on the machine.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../plugins/chromium';
import {
  cpuSlowdownFlags,
  LOCALE_PREFIXES,
  PAGE_TYPES,
  readBudgets,
  type SlowdownFlags,
  serveStatic,
} from './static-server';

const root = join(__dirname, '..');
// BENCH_BUILD_DIR: measure another build (say, a copy of an earlier one) instead of build/.
const buildDir = process.env.BENCH_BUILD_DIR ?? join(root, 'build');
if (!existsSync(join(buildDir, 'index.html'))) {
  console.error('No build/ found: run `npm run build` first.');
  process.exit(1);
}
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
const slowdownArg = process.argv.indexOf('--cpu-slowdown');
const slowdownOrError = cpuSlowdownFlags(slowdownArg > 0 ? String(process.argv[slowdownArg + 1]) : undefined);
if (typeof slowdownOrError === 'string') {
  console.error(slowdownOrError);
  process.exit(2);
}
const slowdown: SlowdownFlags = slowdownOrError;

interface Row {
  page: string;
  locale: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  /** Cumulative layout shift (unitless; Lighthouse's "good" is 0.1 or less). */
  cls: number;
  jsBytes: number;
  cssBytes: number;
  jsBudget: number;
  /** Lighthouse's measure of the host CPU (its reference desktop scores about 1000 or more). */
  benchmarkIndex: number;
  /** Audits that cost points in accessibility, best practices or SEO (ids), to say why a score is below 100. */
  failing: string[];
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function main() {
  const budgets = readBudgets();
  // BENCH_PORT: another port when 3874 is taken (say, by browser tests running at the same time).
  const { url: base, server } = await serveStatic(
    buildDir,
    Number(process.env.BENCH_PORT ?? 3874),
    undefined,
    {
      precompress: true,
    },
  );
  const userDataDir = mkdtempSync(join(tmpdir(), 'camadas-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    userDataDir,
    chromeFlags: [...CHROMIUM_FLAGS],
  });
  const rows: Row[] = [];
  try {
    for (const { type, path } of PAGE_TYPES) {
      if (only && type !== only) continue;
      for (const { locale, prefix } of LOCALE_PREFIXES) {
        const url = `${base}${prefix}${path}`;
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          ...slowdown,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const lhr = result.lhr;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const requests =
          (lhr.audits['network-requests']?.details as { items?: Record<string, unknown>[] })?.items ?? [];
        // Lighthouse sees a Web Worker's script only as a few hundred bytes (the search index and
        // engine, the playground's linter): their real weight is in the e2e budget test's count.
        const bytes = (kind: string) =>
          requests
            .filter((r) => r.resourceType === kind)
            .reduce((sum, r) => sum + Number(r.transferSize ?? 0), 0);
        rows.push({
          page: type,
          locale,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
          tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
          cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
          jsBytes: bytes('Script'),
          cssBytes: bytes('Stylesheet'),
          jsBudget: budgets.jsBytes[type] ?? 0,
          benchmarkIndex: Math.round(lhr.environment.benchmarkIndex ?? 0),
          failing: ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
            (lhr.categories[id]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
              .map((ref) => `${id}:${ref.id}`),
          ),
        });
        const r = rows[rows.length - 1];
        console.log(
          `${`${type} (${locale})`.padEnd(34)} perf ${String(r.performance).padStart(3)}  a11y ${String(r.accessibility).padStart(3)}  bp ${String(r.bestPractices).padStart(3)}  seo ${String(r.seo).padStart(3)}  LCP ${(r.lcpMs / 1000).toFixed(1)} s  TBT ${r.tbtMs} ms  CLS ${r.cls}  JS ${kb(r.jsBytes)} (budget ${kb(r.jsBudget)})  CSS ${kb(r.cssBytes)}  host ${r.benchmarkIndex}${r.failing.length ? `  (${r.failing.join(', ')})` : ''}`,
        );
      }
    }
  } finally {
    await chrome.kill();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  mkdirSync(join(root, 'tmp'), { recursive: true });
  writeFileSync(
    join(root, 'tmp', process.env.BENCH_OUT ?? 'bench-pages.json'),
    `${JSON.stringify(rows, null, 2)}\n`,
  );
  const over = rows.filter((r) => r.jsBudget > 0 && r.jsBytes > r.jsBudget);
  if (over.length > 0) {
    console.error(`Over the JS budget: ${over.map((r) => `${r.page} (${r.locale})`).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
