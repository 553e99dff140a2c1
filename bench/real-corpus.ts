/**
 * The real-corpus part of `npm run bench:lint` (issue 11): the engine against dockerfilelint on real
 * public Dockerfiles, in one run, plus linearity in file size and the CLI's start-up.
 *
 * Corpus: every regular file under `--corpus DIR` (default `tests/corpus/files`, or the environment
 * variable CAMADAS_BENCH_CORPUS). Without it, the caller says so and falls back to the synthetic part.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { GCProfiler } from 'node:v8';
import type { EngineUnderTest } from './engine-under-test';

const require = createRequire(import.meta.url);
const dockerfilelint = require('dockerfilelint') as { run(configDir: string, content: string): unknown[] };
const DFL_DIR = mkdtempSync(join(tmpdir(), 'camadas-bench-real-'));

export function corpusFiles(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && !/\.(json|md|ya?ml|txt)$/i.test(e.name))
        out.push({ path: relative(dir, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
const median = (xs: number[]) => quantile(xs, 0.5);
const f2 = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
/** CPU of this process (user + system, all threads: includes V8's concurrent GC and compiler threads), ms. */
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

let sink = 0;
type Linter = (text: string) => number;
const dfl: Linter = (t) => {
  try {
    return dockerfilelint.run(DFL_DIR, t).length;
  } catch {
    return -1;
  }
};

/**
 * Per-file times (median of `passes` after `warmup` passes over the whole corpus, one by default), and whole-pass CPU
 * and wall, for each linter. The linters' passes alternate (A, B, A, B…) so that a change of load on a
 * shared machine weighs on both alike: the ratio is what the bench is for.
 */
function perFile(fns: Linter[], texts: string[], passes: number, warmup: number) {
  for (let w = 0; w < warmup; w++) for (const fn of fns) for (const t of texts) sink += fn(t);
  const state = fns.map(() => ({
    per: texts.map(() => [] as number[]),
    passCpu: [] as number[],
    passWall: [] as number[],
  }));
  for (let p = 0; p < passes; p++) {
    fns.forEach((fn, k) => {
      const st = state[k];
      const c0 = cpuNow();
      const w0 = performance.now();
      for (let i = 0; i < texts.length; i++) {
        const t0 = performance.now();
        sink += fn(texts[i]);
        st.per[i].push(performance.now() - t0);
      }
      st.passWall.push(performance.now() - w0);
      st.passCpu.push(cpuNow() - c0);
    });
  }
  return state.map((st) => {
    const file = st.per.map(median);
    return {
      file,
      median: median(file),
      p95: quantile(file, 0.95),
      max: Math.max(...file),
      sum: file.reduce((a, b) => a + b, 0),
      cpu: median(st.passCpu),
      wall: median(st.passWall),
    };
  });
}

export function realCorpusBench(
  dir: string,
  under: EngineUnderTest,
  opts: { passes: number; warmup: number; cli: boolean; json: boolean },
) {
  const engine: Linter = (t) => under.lint(t).length;
  const files = corpusFiles(dir);
  const texts = files.map((f) => f.text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);
  const runs = texts.reduce((n, t) => n + (t.match(/^\s*RUN\b/gim)?.length ?? 0), 0);
  console.log(`REAL CORPUS: ${dir}`);
  console.log(`  ${under.label}; dockerfilelint from node_modules, as its package ships it`);
  console.log(
    `  ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB, ${lines} lines, ${runs} RUN instructions; ` +
      `${opts.passes} passes after ${opts.warmup === 1 ? 'a warm-up pass' : `${opts.warmup} warm-up passes`}, per-file medians`,
  );
  // Alternate the passes so both see the same machine load; one warm-up each inside perFile.
  const [e, d] = perFile([engine, dfl], texts, opts.passes, opts.warmup);
  const dErr = texts.filter((t) => dfl(t) < 0).length;
  const rows: [string, string, string, string][] = [
    ['', 'camadas lint()', 'dockerfilelint', 'ratio'],
    ['per-file median (ms)', f2(e.median), f2(d.median), `${(e.median / d.median).toFixed(2)}×`],
    ['per-file p95 (ms)', f2(e.p95), f2(d.p95), `${(e.p95 / d.p95).toFixed(2)}×`],
    ['per-file max (ms)', f2(e.max), f2(d.max), `${(e.max / d.max).toFixed(2)}×`],
    ['sum of per-file (ms)', f2(e.sum), f2(d.sum), `${(e.sum / d.sum).toFixed(2)}×`],
    ['whole pass, wall (ms)', f2(e.wall), f2(d.wall), `${(e.wall / d.wall).toFixed(2)}×`],
    ['whole pass, CPU all threads (ms)', f2(e.cpu), f2(d.cpu), `${(e.cpu / d.cpu).toFixed(2)}×`],
  ];
  const w = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows)
    console.log(
      `  ${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2].padStart(w[2])}  ${r[3].padStart(w[3])}`,
    );
  if (dErr) console.log(`  (dockerfilelint threw on ${dErr} files; their time is counted as measured)`);
  const target = e.cpu / d.cpu;
  console.log(
    `  target: engine CPU ≤ 2× dockerfilelint → ${target.toFixed(2)}× ${target <= 2 ? 'ok' : 'MISSED'}`,
  );

  // Linearity 1: µs per KiB by file-size bucket.
  console.log('  linearity by file size (µs per KiB, sum of per-file medians in each bucket):');
  const buckets = [0, 1024, 2048, 4096, 8192, 16384, Number.POSITIVE_INFINITY];
  for (let b = 0; b + 1 < buckets.length; b++) {
    const idx = texts
      .map((t, i) => [Buffer.byteLength(t), i] as const)
      .filter(([n]) => n >= buckets[b] && n < buckets[b + 1]);
    if (!idx.length) continue;
    const kib = idx.reduce((n, [s]) => n + s, 0) / 1024;
    const te = idx.reduce((n, [, i]) => n + e.file[i], 0);
    const td = idx.reduce((n, [, i]) => n + d.file[i], 0);
    const hi = buckets[b + 1] === Number.POSITIVE_INFINITY ? '∞' : `${buckets[b + 1] / 1024}`;
    console.log(
      `    ${`${buckets[b] / 1024}–${hi} KiB`.padEnd(12)} ${String(idx.length).padStart(4)} files  ` +
        `camadas ${f2((te * 1000) / kib).padStart(6)} µs/KiB   dockerfilelint ${f2((td * 1000) / kib).padStart(6)} µs/KiB`,
    );
  }
  // Linearity 2: the largest real file repeated k times (a valid multi-stage Dockerfile), up to 1.5 MiB.
  // Read on the slope of log(time) against log(size) between neighbouring sizes: 1.0 is linear, 2.0
  // quadratic. The figure that once stood here, (t16/t4)/4, straddles one step that is not the engine's:
  // up to ~100 KiB one lint's model dies in V8's young generation; from ~400 KiB it outlives 2-3
  // scavenges, is copied and promoted, and the old generation marks it, so the cost per KiB rises about
  // 2.5x between 100 KiB and 800 KiB and is flat beyond (measured to 3 MiB). The GC-excluded line below
  // and the slope between the two largest sizes show the engine's own growth.
  const largest = texts.reduce((a, b) => (b.length > a.length ? b : a));
  const SIZES = [1, 4, 16, 64] as const;
  const rep: Record<number, number> = {};
  const repMin: Record<number, number> = {};
  const repGc: Record<number, number> = {};
  const repNoGc: Record<number, number> = {};
  const repKib: Record<number, number> = {};
  const repDfl: Record<number, number> = {};
  for (const k of SIZES) {
    const text = `${largest.trimEnd()}\n`.repeat(k);
    repKib[k] = Buffer.byteLength(text) / 1024;
    // CPU time of this process, not wall: on a shared machine the wall time of a 400 KiB lint is mostly
    // waiting for a core (this line read 1.5-2.2 while the same code measured 1.03 in CPU). It counts
    // the garbage collector's threads too, whose share grows with the size of the model kept alive.
    // Each size at steady state, as the corpus figures are: V8 keeps compiling for a larger text for
    // its first dozen lints (k=4 measured 18-40 ms over its first 16 lints, 8-12 ms after), which made
    // this line read anything from 0.8 to 2.8 in one afternoon. The 1.5 MiB text gets 4: one lint of it
    // runs the hot loops as often as 16 of the 400 KiB one.
    const warmup = k >= 64 ? 4 : 16;
    const times: number[] = [];
    for (let i = 0; i < warmup; i++) sink += engine(text);
    for (let i = 0; i < 7; i++) {
      const c0 = cpuNow();
      sink += engine(text);
      times.push(cpuNow() - c0);
    }
    // Then 7 more runs for the diagnostic line: the garbage collector's pauses of the main thread (V8's
    // GCProfiler, which records heap statistics at every collection, so not in the runs above) and the
    // wall time outside them, the engine's own work.
    const gcs: number[] = [];
    const noGc: number[] = [];
    for (let i = 0; i < 7; i++) {
      const prof = new GCProfiler();
      prof.start();
      const w0 = performance.now();
      sink += engine(text);
      const wall = performance.now() - w0;
      const gc = (prof.stop()?.statistics ?? []).reduce((n, g) => n + g.cost, 0) / 1000;
      gcs.push(gc);
      noGc.push(wall - gc);
    }
    rep[k] = median(times);
    repMin[k] = Math.min(...times);
    repGc[k] = median(gcs);
    repNoGc[k] = median(noGc);
    // dockerfilelint on the same text, for scale: it is not linear either (at 1.5 MiB its run() spends
    // seconds in its own loop over an object keyed by line number). Fewer runs at 1.5 MiB, where one
    // takes 2-3 s.
    const dflTimes: number[] = [];
    for (let i = 0; i < (k >= 64 ? 1 : warmup); i++) sink += dfl(text);
    for (let i = 0; i < (k >= 64 ? 3 : 7); i++) {
      const c0 = cpuNow();
      sink += dfl(text);
      dflTimes.push(cpuNow() - c0);
    }
    repDfl[k] = median(dflTimes);
  }
  const slope = (t: Record<number, number>, a: number, b: number) =>
    (Math.log(t[b] / t[a]) / Math.log(b / a)).toFixed(2);
  const pairs = SIZES.slice(1).map((b, i) => [SIZES[i], b] as const);
  console.log(
    `  largest file (${repKib[1].toFixed(1)} KiB) repeated k times, CPU (median of 7, at steady state):\n` +
      SIZES.map(
        (k) =>
          `    k=${String(k).padEnd(3)} ${`${repKib[k].toFixed(0)} KiB`.padStart(9)}  ${f2(rep[k]).padStart(6)} ms  ` +
          `${f2((rep[k] * 1000) / repKib[k]).padStart(5)} µs/KiB  (fastest run ${f2((repMin[k] * 1000) / repKib[k])})   ` +
          `main-thread GC pauses ${f2(repGc[k])} ms, wall outside them ${f2(repNoGc[k])} ms;  ` +
          `dockerfilelint ${f2(repDfl[k])} ms, ${f2((repDfl[k] * 1000) / repKib[k])} µs/KiB`,
      ).join('\n'),
  );
  console.log(
    `    growth, slope of log(time) on log(size) (1.0 linear, 2.0 quadratic): ${pairs.map(([a, b]) => `k=${a}→${b} ${slope(rep, a, b)}`).join(', ')}; ` +
      `outside GC pauses (the engine's own work; background GC threads are in the CPU above, not here): ` +
      `${pairs.map(([a, b]) => `k=${a}→${b} ${slope(repNoGc, a, b)}`).join(', ')}; ` +
      `dockerfilelint: ${pairs.map(([a, b]) => `k=${a}→${b} ${slope(repDfl, a, b)}`).join(', ')}`,
  );
  console.log(
    `    (t16/t4)/4 = ${(rep[16] / rep[4] / 4).toFixed(2)}: the step where one lint's model outgrows the young generation`,
  );

  let cli: Record<string, number> | undefined;
  if (opts.cli) {
    const bySize = [...texts].sort((a, b) => a.length - b.length);
    cli = cliStartup({ 'median-size file': bySize[bySize.length >> 1], 'largest file': largest });
  }
  if (opts.json)
    console.log(
      JSON.stringify({
        files: files.length,
        engine: { ...e, file: undefined },
        dfl: { ...d, file: undefined },
        rep,
        repMin,
        repGc,
        repNoGc,
        repDfl,
        cli,
      }),
    );
  if (sink < 0) console.log(sink);
  return { e, d };
}

/** CPU (user + system) of the waited-for children of this process, in ms; null where /proc is missing. */
function childrenCpuMs(): number | null {
  try {
    // /proc/self/stat: fields after the `(comm)` field; cutime and cstime are fields 16 and 17 (clock ticks)
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // 100 ticks per second on Linux
  } catch {
    return null;
  }
}

/**
 * Wall and CPU of a whole process: `camadas lint FILE`, `dockerfilelint FILE`, and bare `node`, on a
 * median-size and on the largest corpus file. Runs are interleaved (one of each, 11 times) so a busy
 * moment of the machine weighs on all of them alike; medians are given. CPU comes from the children's
 * rusage in /proc (10 ms resolution), so it is printed only on Linux.
 */
function cliStartup(samples: Record<string, string>): Record<string, number> {
  const root = join(import.meta.dirname ?? __dirname, '..');
  const dir = mkdtempSync(join(tmpdir(), 'camadas-bench-cli-'));
  const dflBin = join(root, 'node_modules', 'dockerfilelint', 'bin', 'dockerfilelint');
  const cases: [string, string[]][] = [['node -e 0 (floor)', ['-e', '0']]];
  for (const [label, text] of Object.entries(samples)) {
    const file = join(dir, `${label.replace(/\W+/g, '-')}.Dockerfile`);
    writeFileSync(file, text);
    const size = `${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`;
    cases.push([`camadas lint <${label}, ${size}>`, [join(root, 'bin', 'camadas.cjs'), 'lint', file]]);
    if (existsSync(dflBin)) cases.push([`dockerfilelint <${label}>`, [dflBin, file]]);
  }
  const runs = 11;
  const wall = new Map<string, number[]>(cases.map(([n]) => [n, []]));
  const cpu = new Map<string, number[]>(cases.map(([n]) => [n, []]));
  for (const [, args] of cases) spawnSync(process.execPath, args, { cwd: dir, stdio: 'ignore' }); // warm the disk cache
  for (let i = 0; i < runs; i++)
    for (const [name, args] of cases) {
      const c0 = childrenCpuMs();
      const t0 = performance.now();
      spawnSync(process.execPath, args, { cwd: dir, stdio: 'ignore' });
      wall.get(name)?.push(performance.now() - t0);
      const c1 = childrenCpuMs();
      if (c0 !== null && c1 !== null) cpu.get(name)?.push(c1 - c0);
    }
  const out: Record<string, number> = {};
  console.log(
    `  one-file CLI, whole process (median of ${runs} interleaved runs; wall depends on machine load):`,
  );
  for (const [name] of cases) {
    const w = median(wall.get(name) ?? []);
    const c = cpu.get(name)?.length ? median(cpu.get(name) ?? []) : Number.NaN;
    out[name] = w;
    out[`${name} cpu`] = c;
    const cpuText = Number.isNaN(c) ? '' : `   CPU ${f2(c).padStart(6)} ms`;
    console.log(`    ${name.padEnd(44)} wall ${f2(w).padStart(6)} ms${cpuText}`);
  }
  const target = Object.entries(out).find(([k]) => k.startsWith('camadas lint <median'))?.[1] ?? Number.NaN;
  console.log(
    `  target: camadas lint one (median-size) file < 300 ms wall → ${target < 300 ? 'ok' : 'MISSED'}`,
  );
  return out;
}

export function statOk(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && corpusFiles(dir).length > 0;
  } catch {
    return false;
  }
}
