/**
 * `npm run bench:playground [buildDir]` (not in `npm test`): how light and how fast the playground is,
 * in Debian's Chromium, on a production build served compressed (bench/static-server.ts).
 *
 * - JS (gzip) of the playground route before the editor is usable (the page's scripts finished by
 *   then) and before the first findings (everything fetched by then, the lint worker included).
 * - JS (gzip) of a guide page, loaded before any interaction (prefetches on idle are left out).
 * - Keystroke to findings, 50 and 10 000 lines: from the `keydown` to the moment the page shows the
 *   answer to that text (`data-lint-id` changes), measured in the page; median of 20 edits.
 * - While typing at 10 000 lines: the longest task on the main thread (PerformanceObserver 'longtask',
 *   which reports tasks over 50 ms) and the longest gap between two animation frames
 *   (requestAnimationFrame), i.e. the longest time the page could not show a typed key. Event Timing's
 *   input-to-paint durations are not used: in headless Chromium they measured 6.5 s for keys whose
 *   frames were drawn (rAF never paused more than 33 ms in the same run).
 *
 * Targets (issue 15): findings within 100 ms of the last keystroke at 50 lines; typing never blocked
 * for more than 50 ms at 10 000 lines. The script prints the figures and whether they are met; it
 * exits non-zero only on an error, never on a missed target (this is a measure, not a gate).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../plugins/chromium';
import { EMPTY_STATE, encodeState } from '../src/playground/url-state';
import { median } from './median';
import { serveStatic } from './static-server';

const buildDir = resolve(process.argv[2] ?? 'build');
const GUIDE = '/docs/dockerfile/copy';

interface Probe {
  keys: number[];
  lints: { t: number; id: number }[];
  usable: number | null;
  ready: number | null;
  longtasks: { start: number; duration: number }[];
  /** requestAnimationFrame timestamps (frames the page drew). */
  frames: number[];
}

declare global {
  interface Window {
    __probe: Probe;
  }
}

/** Installed before any page script: timestamps of keys, lint answers, editor usable, long tasks. */
function installProbe(): void {
  const probe: Probe = { keys: [], lints: [], usable: null, ready: null, longtasks: [], frames: [] };
  // A plain function (not an arrow bound to a const): tsx would wrap a named arrow in a helper the page lacks.
  requestAnimationFrame(function frame(t) {
    probe.frames.push(t);
    requestAnimationFrame(frame);
  });
  window.__probe = probe;
  document.addEventListener('keydown', () => probe.keys.push(performance.now()), true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // an engine without these entry types: the figures say "n/a"
  }
  const watch = () => {
    new MutationObserver(() => {
      const now = performance.now();
      const content = document.querySelector('.cm-content[contenteditable="true"]');
      if (content && probe.usable === null) probe.usable = now;
      const root = document.querySelector('[data-lint-id]');
      const id = Number(root?.getAttribute('data-lint-id') ?? 0);
      if (root?.getAttribute('data-playground-ready') === 'true' && probe.ready === null) probe.ready = now;
      const last = probe.lints[probe.lints.length - 1];
      if (id > 0 && (!last || last.id !== id)) probe.lints.push({ t: now, id });
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-lint-id', 'data-playground-ready', 'contenteditable'],
    });
  };
  if (document.documentElement) watch();
  else document.addEventListener('DOMContentLoaded', watch);
}

const gzipCache = new Map<string, number>();
function gzipOf(pathname: string): number {
  let size = gzipCache.get(pathname);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(buildDir, pathname))).length;
    gzipCache.set(pathname, size);
  }
  return size;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function dockerfile(lines: number): string {
  const out = ['FROM debian:12'];
  for (let i = 1; i < lines; i++) out.push(i % 2 ? `RUN echo line ${i}` : `ENV VAR_${i}=${i}`);
  return `${out.join('\n')}\n`;
}

async function openPlayground(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  // As source text, with the `__name` helper tsx's transform may insert into named functions.
  await page.addInitScript({ content: `var __name = (f) => f;\n(${installProbe.toString()})();` });
  await page.goto(url);
  await page.locator('[data-playground-ready="true"]').waitFor({ timeout: 120_000 });
  return page;
}

/** Keystroke → findings for `edits` edits at the end of the text; each waits for its answer. */
async function keystrokeToFindings(
  page: Page,
  edits: number,
): Promise<{ times: number[]; lintMs: number[] }> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  const times: number[] = [];
  const lintMs: number[] = [];
  for (let i = 0; i < edits; i++) {
    const before = await page.evaluate(() => window.__probe.lints.length);
    await page.keyboard.type(i % 2 ? 'x' : 'y');
    await page.waitForFunction((n) => window.__probe.lints.length > n, before, {
      timeout: 60_000,
      polling: 10,
    });
    const ms = await page.evaluate(() => {
      const p = window.__probe;
      return p.lints[p.lints.length - 1].t - p.keys[p.keys.length - 1];
    });
    times.push(ms);
    // The engine's own time in the worker, for this answer.
    lintMs.push(Number(await page.locator('[data-lint-ms]').getAttribute('data-lint-ms')));
    await page.waitForTimeout(50);
  }
  return { times, lintMs };
}

const step = (what: string) => process.stderr.write(`bench:playground: ${what}\n`);

async function main(): Promise<void> {
  const { url, server } = await serveStatic(buildDir, 3891, ['en']);
  const requests: { path: string; t: number }[] = [];
  server.prependListener('request', (req) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // Chromium marks <link rel=prefetch> fetches (Docusaurus prefetches linked routes when idle).
    const prefetch = /prefetch/.test(String(req.headers['sec-purpose'] ?? req.headers.purpose ?? ''));
    if (path.endsWith('.js') && !prefetch) requests.push({ path, t: Date.now() });
  });
  const userDataDir = mkdtempSync(join(tmpdir(), 'camadas-bench-playground-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: 1280, height: 900 },
  });
  const rows: [string, string, string][] = [];
  try {
    step('route JS');
    // 1. Route JS before the editor is usable and before the first findings (cold cache).
    requests.length = 0;
    const page = await openPlayground(context, `${url}/playground`);
    const findingsAt = Date.now();
    const resources = await page.evaluate(() => {
      const usable = window.__probe.usable ?? Number.POSITIVE_INFINITY;
      return performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.initiatorType !== 'link')
        .map((e) => ({ path: new URL(e.name).pathname, beforeUsable: e.responseEnd <= usable }));
    });
    const timing = await page.evaluate(() => ({
      usable: window.__probe.usable,
      ready: window.__probe.ready,
    }));
    const usableJs = [...new Set(resources.filter((r) => r.beforeUsable).map((r) => r.path))];
    const findingsJs = [...new Set(requests.filter((r) => r.t <= findingsAt).map((r) => r.path))];
    const sum = (paths: string[]) => paths.reduce((n, p) => n + gzipOf(p), 0);
    rows.push([
      'Playground route: JS before the editor is usable',
      `${kib(sum(usableJs))} gzip (${usableJs.length} files)`,
      `editor usable at ${Math.round(timing.usable ?? -1)} ms`,
    ]);
    rows.push([
      'Playground route: JS before the first findings (worker included)',
      `${kib(sum(findingsJs))} gzip (${findingsJs.length} files)`,
      `first findings at ${Math.round(timing.ready ?? -1)} ms`,
    ]);
    await page.close();

    step('guide page JS');
    // 2. A guide page: the JS it runs before any interaction (not what it prefetches when idle).
    const guide = await context.newPage();
    await guide.goto(`${url}${GUIDE}`, { waitUntil: 'networkidle' });
    await guide.waitForTimeout(2000);
    const guideJs = await guide.evaluate(() => [
      ...new Set(
        performance
          .getEntriesByType('resource')
          .map((e) => e as PerformanceResourceTiming)
          .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.initiatorType !== 'link')
          .map((e) => new URL(e.name).pathname),
      ),
    ]);
    rows.push([
      `Guide page ${GUIDE}: JS before interaction`,
      `${kib(sum(guideJs))} gzip (${guideJs.length} files)`,
      '',
    ]);
    await guide.close();

    // 3. Keystroke to findings, 50 and 10 000 lines.
    for (const lines of [50, 10_000]) {
      step(`keystroke to findings, ${lines} lines`);
      const p = await openPlayground(
        context,
        `${url}/playground#${encodeState({ ...EMPTY_STATE, code: dockerfile(lines) })}`,
      );
      const { times, lintMs } = await keystrokeToFindings(p, 20);
      const target =
        lines === 50 ? (median(times) <= 100 ? 'target ≤ 100 ms: met' : 'target ≤ 100 ms: NOT met') : '';
      rows.push([
        `Keystroke → findings, ${lines} lines (20 edits)`,
        `median ${Math.round(median(times))} ms, max ${Math.round(Math.max(...times))} ms`,
        `${target}${target ? '; ' : ''}lint in the worker: median ${Math.round(median(lintMs))} ms`,
      ]);
      await p.close();
    }

    step('long tasks while typing at 10 000 lines');
    // 4. Typing at 10 000 lines: longest main-thread task and longest gap between drawn frames, over 40 keys typed
    // at about 8 keys a second, then until the findings of the last one are shown.
    const p = await openPlayground(
      context,
      `${url}/playground#${encodeState({ ...EMPTY_STATE, code: dockerfile(10_000) })}`,
    );
    await p.locator('.cm-content').click();
    await p.keyboard.press('Control+End');
    await p.waitForTimeout(1500);
    const from = await p.evaluate(() => performance.now());
    for (let i = 0; i < 40; i++) {
      await p.keyboard.type(i % 5 === 4 ? ' ' : 'a');
      await p.waitForTimeout(120);
    }
    await p.waitForFunction(
      () => {
        const probe = window.__probe;
        return (probe.lints[probe.lints.length - 1]?.t ?? 0) > probe.keys[probe.keys.length - 1];
      },
      undefined,
      { timeout: 60_000 },
    );
    await p.waitForTimeout(1500); // the URL update and anything else that follows the answer
    const typing = await p.evaluate((start) => {
      const probe = window.__probe;
      const tasks = probe.longtasks.filter((t) => t.start >= start);
      let gap = 0;
      for (let i = 1; i < probe.frames.length; i++)
        if (probe.frames[i] >= start) gap = Math.max(gap, probe.frames[i] - probe.frames[i - 1]);
      return {
        longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
        count: tasks.length,
        frameGap: gap,
      };
    }, from);
    rows.push([
      'Typing at 10 000 lines: longest main-thread task',
      typing.count === 0
        ? 'none over 50 ms'
        : `${Math.round(typing.longest)} ms (${typing.count} tasks over 50 ms)`,
      typing.longest <= 50 ? 'target ≤ 50 ms: met' : 'target ≤ 50 ms: NOT met',
    ]);
    rows.push([
      'Typing at 10 000 lines: longest gap between two drawn frames',
      `${Math.round(typing.frameGap)} ms`,
      typing.frameGap <= 50 ? 'target ≤ 50 ms: met' : 'target ≤ 50 ms: NOT met',
    ]);
    await p.close();
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    server.close();
  }
  console.log(
    `bench:playground on ${buildDir} (Chromium; sizes: gzip -6 of the files; load average ${loadavg()[0].toFixed(1)})\n`,
  );
  console.log('| Measure | Figure | Note |\n| --- | --- | --- |');
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
