/**
 * `npx tsx bench/playground-profile.ts [typing|load] [buildDir]` (not in `npm test`): where the
 * playground's main-thread time goes, from a V8 CPU profile of Debian's Chromium.
 *
 * - `typing`: the 10 000-line Dockerfile of bench/playground.bench.ts, 40 keys typed at the end at about
 *   8 keys a second, until the findings of the last key are shown.
 * - `load`: opening /playground (the starter text) until the first findings, with the CPU slowed down
 *   4× as Lighthouse's mobile preset does (`--cpu-slowdown N` changes it).
 *
 * The profile is cut into busy stretches (samples between two idle ones); each stretch over 50 ms is
 * printed with the functions that took most of its time, self time and total time, so a long task can be
 * traced to its cause. A measure for developers, not a gate.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../plugins/chromium';
import { EMPTY_STATE, encodeState } from '../src/playground/url-state';
import { serveStatic } from './static-server';

const mode = process.argv[2] === 'load' ? 'load' : 'typing';
const buildDir = resolve(
  process.argv.slice(3).find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'build',
);
const slowArg = process.argv.indexOf('--cpu-slowdown');
const slowdown = slowArg > 0 ? Number(process.argv[slowArg + 1]) : 4;
const prefix = process.argv.includes('--en') ? '/en' : '';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  parent?: number;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

function dockerfile(lines: number): string {
  const out = ['FROM debian:12'];
  for (let i = 1; i < lines; i++) out.push(i % 2 ? `RUN echo line ${i}` : `ENV VAR_${i}=${i}`);
  return `${out.join('\n')}\n`;
}

function frameName(n: Node): string {
  const f = n.callFrame;
  const file = f.url ? f.url.replace(/^.*\//, '') : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
}

function analyse(profile: Profile, tasks: { start: number; duration: number }[], markerAt: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) (byId.get(c) as Node).parent = n.id;
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) {
    t += d;
    times.push(t);
  }
  // The marker function ran at page time `markerAt`: its first sample gives the offset of the clocks.
  const stackHas = (id: number, name: string) => {
    for (let n = byId.get(id); n; n = n.parent ? byId.get(n.parent) : undefined)
      if (n.callFrame.functionName === name) return true;
    return false;
  };
  const m = profile.samples.findIndex((id) => stackHas(id, '__profileMarker'));
  if (m < 0) throw new Error('the marker is not in the profile');
  const offsetUs = times[m] - markerAt * 1000;
  const long = tasks.map((task) => {
    const from = task.start * 1000 + offsetUs;
    const to = from + task.duration * 1000;
    let a = times.findIndex((x) => x >= from);
    if (a < 0) a = times.length;
    let b = times.findIndex((x) => x > to);
    if (b < 0) b = times.length;
    return { a, b, ms: task.duration, at: task.start };
  });
  console.log(`${long.length} long tasks (over 50 ms): ${long.map((l) => Math.round(l.ms)).join(', ')}`);
  const allSelf = new Map<string, number>();
  const allTotal = new Map<string, number>();
  for (const s of long) {
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (let i = s.a; i < s.b; i++) {
      const dt = ((times[i + 1] ?? times[i]) - times[i]) / 1000;
      const leaf = byId.get(profile.samples[i]) as Node;
      self.set(frameName(leaf), (self.get(frameName(leaf)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let n: Node | undefined = leaf; n; n = n.parent ? byId.get(n.parent) : undefined) {
        const name = frameName(n);
        if (seen.has(name)) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + dt);
        allTotal.set(name, (allTotal.get(name) ?? 0) + dt);
      }
      allSelf.set(frameName(leaf), (allSelf.get(frameName(leaf)) ?? 0) + dt);
    }
    const top = (m: Map<string, number>, k: number) =>
      [...m]
        .sort((x, y) => y[1] - x[1])
        .slice(0, k)
        .map(([name, ms]) => `      ${ms.toFixed(1).padStart(7)} ms  ${name}`)
        .join('\n');
    console.log(`\n  long task of ${s.ms.toFixed(0)} ms at ${s.at.toFixed(0)} ms (page time)`);
    console.log(`    self:\n${top(self, 12)}`);
    console.log(`    total:\n${top(total, 25)}`);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, k)
      .map(([name, ms]) => `      ${ms.toFixed(1).padStart(7)} ms  ${name}`)
      .join('\n');
  console.log(`\nAll long tasks together\n    self:\n${top(allSelf, 25)}\n    total:\n${top(allTotal, 60)}`);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The main thread's tasks from a trace, by their own CPU time (`tdur`) as well as wall time: on a
 * shared, loaded machine a task's wall time counts the time the thread waited for a core, its CPU time
 * does not, so the longest task by CPU time is the figure that carries over to an unloaded machine.
 */
function tasksByCpu(trace: { traceEvents: TraceEvent[] }): void {
  const events = trace.traceEvents;
  // The renderer main thread that ran the most (other renderers may be in the trace too).
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`))
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && `${e.pid}:${e.tid}` === main);
  const ms = (us = 0) => us / 1000;
  const cpu = tasks.map((t) => ms(t.tdur)).sort((a, b) => b - a);
  const wall = tasks.map((t) => ms(t.dur)).sort((a, b) => b - a);
  const over = (xs: number[], n: number) => xs.filter((x) => x > n).length;
  console.log(
    `Main-thread tasks while typing: ${tasks.length}; longest by CPU time ${cpu
      .slice(0, 5)
      .map((x) => x.toFixed(0))
      .join(', ')} ms (${over(cpu, 50)} over 50 ms); longest by wall time ${wall
      .slice(0, 5)
      .map((x) => x.toFixed(0))
      .join(', ')} ms (${over(wall, 50)} over 50 ms)`,
  );
}

const MARKER = `(() => {
  const at = performance.now();
  function __profileMarker() { const end = performance.now() + 8; while (performance.now() < end) {} }
  __profileMarker();
  return at;
})()`;

async function main(): Promise<void> {
  const { url, server } = await serveStatic(buildDir, 3893, ['en']);
  const userDataDir = mkdtempSync(join(tmpdir(), 'camadas-profile-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
  const context = await browser.newContext({
    viewport: mode === 'load' ? { width: 412, height: 823 } : { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    await page.addInitScript({
      content: `window.__longtasks = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true }); } catch {}`,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    let from = 0;
    if (mode === 'load') {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      await cdp.send('Profiler.start');
      await page.goto(`${url}${prefix}/playground`);
      await page.locator('[data-playground-ready="true"]').waitFor({ timeout: 180_000 });
      await page.waitForTimeout(3000);
    } else {
      await page.goto(
        `${url}${prefix}/playground#${encodeState({ ...EMPTY_STATE, code: dockerfile(10_000) })}`,
      );
      await page.locator('[data-playground-ready="true"]').waitFor({ timeout: 120_000 });
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+End');
      await page.waitForTimeout(2000);
      await cdp.send('Profiler.start');
      await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
      from = await page.evaluate(() => performance.now());
      const before = Number(await page.locator('[data-lint-id]').getAttribute('data-lint-id'));
      for (let i = 0; i < 40; i++) {
        await page.keyboard.type(i % 5 === 4 ? ' ' : 'a');
        await page.waitForTimeout(120);
      }
      await page.waitForFunction(
        (n) => Number(document.querySelector('[data-lint-id]')?.getAttribute('data-lint-id')) > n,
        before,
        { timeout: 60_000 },
      );
      await page.waitForTimeout(2500);
      tasksByCpu(JSON.parse((await browser.stopTracing()).toString('utf8')));
    }
    const markerAt = (await page.evaluate(MARKER)) as number;
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const tasks = (await page.evaluate(
      () => (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks,
    )) as { start: number; duration: number }[];
    analyse(
      profile,
      tasks.filter((t) => t.start >= from),
      markerAt,
    );
  } finally {
    await context.close();
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
