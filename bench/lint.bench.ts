/**
 * Lint engine benchmark (issue 3, "How it is measured"). Not part of `npm test`.
 *
 *   npm run bench:lint [-- --corpus DIR] [-- --real-only | --synthetic-only] [-- --no-cli] [-- --repeat 7] [-- --json] [-- --source]
 *                      [-- --passes 5] [-- --warmup 1]
 *
 * The engine timed is the one users run: bundled by esbuild with the CLI's options at bench start
 * (bench/engine-under-test.ts). `--source` times the TypeScript sources as tsx runs them instead.
 *
 * First, real Dockerfiles (bench/real-corpus.ts): every file under `--corpus DIR` (or
 * $CAMADAS_BENCH_CORPUS; default tests/corpus/files), camadas vs dockerfilelint in one run — per-file
 * median / p95 / max, whole-pass wall and CPU, ratio; µs per KiB by file size and the largest file
 * repeated k times (linearity); `camadas lint FILE` and `dockerfilelint FILE` as whole processes (start-up).
 * Then the synthetic and conformance part below.
 *
 * Inputs: every Dockerfile of the reference corpora (`../shared/conformance/*.json`, read at run time,
 * never copied into the repo) plus the rules' own `examples.good/bad`. Without the corpora, the rules'
 * examples only (said in the output).
 *
 * Reports, in one run (warm-up, then `--repeat` passes; medians):
 *  (a) lint vs parse-only (`buildModel`: the engine's own scanner and the model every rule reads) →
 *      ratio (target ≤ 3×);
 *  (b) lint vs dockerfilelint (`require('dockerfilelint').run(dir, text)`) → ratio (target: < 1×), with
 *      the floor parse-only / dockerfilelint (what building the model alone costs);
 *  (c) scaling on synthetic files of 100 / 1 000 / 10 000 lines → µs per line and
 *      (t10k / t1k) / 10 (target ≈ 1.0: linear).
 * Also: `lint()` once per locale vs `lintAllLocales()` (what the build gate does per snippet).
 *  (d) size: `ENV` and `ARG` lists of 1 000 / 10 000 / 100 000 instructions and `RUN <<EOF` heredoc
 *      scripts of 8 000 / 16 000 lines → ms, µs per instruction/line and the growth ratio (≈ 1.0: linear).
 *      `--size-only` runs (d) alone; `--max-size N` stops the ENV/ARG series at N instructions.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../src/lint/rules/index';
import { engineUnderTest } from './engine-under-test';
import { median } from './median';
import { realCorpusBench, statOk } from './real-corpus';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CONFORMANCE = join(ROOT, '..', 'shared', 'conformance');
const argv = process.argv.slice(2);
const argValue = (name: string, dflt: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const REPEAT = argValue('--repeat', 7);
// The engine as shipped (bundled by esbuild like the CLI), or `--source`: the TypeScript run by tsx.
const under = engineUnderTest(ROOT, argv.includes('--source'));
const { lint, lintAllLocales, buildModel } = under;

const require = createRequire(import.meta.url);
const dockerfilelint = require('dockerfilelint') as { run(configDir: string, content: string): unknown[] };
// dockerfilelint looks for `<dir>/.dockerfilelintrc` on every call: give it an empty directory.
const DFL_DIR = mkdtempSync(join(tmpdir(), 'camadas-bench-'));

// ------------------------------------------------------------------------------------------------
// Corpus

function collectDockerfiles(node: unknown, out: string[]): void {
  if (Array.isArray(node)) for (const x of node) collectDockerfiles(x, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'dockerfile' && typeof v === 'string') out.push(v);
      else collectDockerfiles(v, out);
    }
  }
}

const corpusFiles: string[] = [];
let corpusNote: string;
if (existsSync(CONFORMANCE)) {
  const files = readdirSync(CONFORMANCE).filter((f) => f.endsWith('.json'));
  for (const f of files)
    collectDockerfiles(JSON.parse(readFileSync(join(CONFORMANCE, f), 'utf8')), corpusFiles);
  corpusNote = `conformance corpora (${files.join(', ')}) + rule examples`;
} else {
  corpusNote = `rule examples only (${CONFORMANCE} is missing)`;
}
for (const r of rules) corpusFiles.push(...r.examples.bad, ...r.examples.good);
const corpus = [...new Set(corpusFiles)];
const corpusLines = corpus.reduce((n, t) => n + t.split('\n').length, 0);
const corpusRuns = corpus.reduce((n, t) => n + (t.match(/^\s*RUN\b/gim)?.length ?? 0), 0);

// ------------------------------------------------------------------------------------------------
// Synthetic files (deterministic): a realistic mix, multi-stage, RUN with && chains.

function synthetic(lines: number): string {
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pkgs = ['curl', 'git', 'ca-certificates', 'build-essential', 'python3', 'jq', 'unzip', 'tzdata'];
  const out: string[] = [];
  let stage = 0;
  while (out.length < lines) {
    out.push(`FROM debian:12.${stage % 10}-slim AS s${stage}`);
    out.push(`ARG VERSION_${stage}=1.${stage}`);
    out.push(`ENV APP_HOME=/opt/app${stage} PATH=/opt/app${stage}/bin:$PATH`);
    out.push(`LABEL org.opencontainers.image.version="1.${stage}" maintainer="team@example.com"`);
    out.push(`WORKDIR /opt/app${stage}`);
    for (let k = 0; k < 6; k++) {
      const kind = rnd(5);
      if (kind === 0) {
        const p = pkgs.slice(0, 2 + rnd(6)).map((x) => `${x}=1.${rnd(9)}`);
        out.push(
          'RUN apt-get update \\',
          `    && apt-get install -y --no-install-recommends ${p.join(' ')} \\`,
          '    && rm -rf /var/lib/apt/lists/*',
        );
      } else if (kind === 1) {
        out.push(
          `RUN set -eux; curl -fsSL "https://example.com/v\${VERSION_${stage}}/tool.tgz" -o /tmp/t.tgz \\`,
          '    && tar -xzf /tmp/t.tgz -C /usr/local/bin && rm /tmp/t.tgz',
        );
      } else if (kind === 2) {
        out.push(`COPY --chown=app:app src/${k} /opt/app${stage}/src/${k}`);
      } else if (kind === 3) {
        out.push(
          `RUN groupadd -r app${k} && useradd -r -g app${k} app${k} && mkdir -p /data/${k} && chown app${k} /data/${k}`,
        );
      } else {
        out.push(
          '# build step',
          `RUN make -C /opt/app${stage} -j4 build${k} && make install${k} > /dev/null 2>&1`,
        );
      }
    }
    out.push(
      `EXPOSE ${8000 + stage}/tcp`,
      'USER app0',
      `HEALTHCHECK CMD curl -f http://localhost:${8000 + stage}/ || exit 1`,
    );
    out.push(`CMD ["/opt/app${stage}/bin/server", "--port", "${8000 + stage}"]`, '');
    stage++;
  }
  return `${out.slice(0, lines).join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------------
// Timing

/** Median over `repeat` passes (after `warmup` passes, enough for V8 to optimise the 87 rules) of the time of one pass of `fn`, in ms. */
function measure(fn: () => void, repeat = REPEAT, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

let sink = 0;
const parseOnly = (texts: string[]) => () => {
  for (const t of texts) sink += buildModel(t).allInstructions.length;
};
const lintAll = (texts: string[]) => () => {
  for (const t of texts) sink += lint(t).length;
};
let dflErrors = 0;
const dflAll = (texts: string[]) => () => {
  for (const t of texts) {
    try {
      sink += dockerfilelint.run(DFL_DIR, t).length;
    } catch {
      dflErrors++;
    }
  }
};
const bothLocalesTwice = (texts: string[]) => () => {
  for (const t of texts) sink += lint(t, { locale: 'pt-BR' }).length + lint(t, { locale: 'en' }).length;
};
const bothLocalesOnce = (texts: string[]) => () => {
  for (const t of texts) {
    const r = lintAllLocales(t);
    sink += r['pt-BR'].length + r.en.length;
  }
};

// ------------------------------------------------------------------------------------------------

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const rows: [string, string, string][] = [];
const row = (what: string, value: string, note = '') => rows.push([what, value, note]);

// ------------------------------------------------------------------------------------------------
// (d) Size: long ENV/ARG lists (scopes) and large heredoc scripts (the shell model).

function sizeCases(): void {
  const maxSize = argValue('--max-size', 100_000);
  const once = (text: string) => {
    // one warm-up on a small file of the same shape, then the median of 3 runs (big files: GC dominates)
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      sink += lint(text).length;
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  const list = (kw: string, n: number) => {
    const lines = ['FROM debian:12-slim'];
    for (let i = 0; i < n; i++) lines.push(`${kw} VAR_${i}=value-${i}`);
    lines.push(`RUN echo "$VAR_0" "$VAR_${n - 1}"`);
    return `${lines.join('\n')}\n`;
  };
  const heredoc = (n: number) => {
    const body = Array.from({ length: n }, (_, i) => `echo "step ${i}" "$HOME" && test -d /tmp`).join('\n');
    return `FROM debian:12-slim\nRUN <<EOF\nset -eux\n${body}\nEOF\n`;
  };
  sink += lint(list('ENV', 100)).length + lint(heredoc(100)).length;
  console.log('(d) size cases (median of 3 runs each)');
  for (const kw of ['ENV', 'ARG']) {
    const times: Record<number, number> = {};
    for (const n of [1_000, 10_000, 100_000].filter((x) => x <= maxSize)) {
      times[n] = once(list(kw, n));
      console.log(
        `    ${kw} × ${String(n).padStart(7)}  ${fmt(times[n]).padStart(8)} ms  ${fmt((times[n] * 1000) / n)} µs/instruction`,
      );
    }
    const sizes = Object.keys(times).map(Number);
    if (sizes.length >= 2) {
      const [a, b] = sizes.slice(-2);
      console.log(
        `    ${kw} growth (t${b} / t${a}) / ${b / a} = ${(times[b] / times[a] / (b / a)).toFixed(2)}  (≈ 1.0: linear)`,
      );
    }
  }
  const h: Record<number, number> = {};
  for (const n of [8_000, 16_000]) {
    h[n] = once(heredoc(n));
    console.log(
      `    heredoc × ${String(n).padStart(6)} lines  ${fmt(h[n]).padStart(8)} ms  ${fmt((h[n] * 1000) / n)} µs/line`,
    );
  }
  console.log(
    `    heredoc growth (t16k / t8k) / 2 = ${(h[16_000] / h[8_000] / 2).toFixed(2)}  (≈ 1.0: linear)`,
  );
}

// ------------------------------------------------------------------------------------------------
// Real corpus first (issue 11): `--corpus DIR` or CAMADAS_BENCH_CORPUS, default tests/corpus/files.
const argString = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const REAL =
  argString('--corpus') ?? process.env.CAMADAS_BENCH_CORPUS ?? join(ROOT, 'tests', 'corpus', 'files');
if (!argv.includes('--size-only') && !argv.includes('--synthetic-only')) {
  if (statOk(REAL)) {
    realCorpusBench(REAL, under, {
      passes: argValue('--passes', 5),
      // one warm-up pass of each linter by default; the engine's JIT needs 3-4 passes over the corpus
      // to settle (dockerfilelint 1), so `--warmup 4` gives both linters' steady state
      warmup: Math.max(1, argValue('--warmup', 1)),
      cli: !argv.includes('--no-cli'),
      json: argv.includes('--json'),
    });
    console.log('');
  } else {
    console.log(
      `REAL CORPUS: ${REAL} is missing or empty — pass --corpus DIR (or set CAMADAS_BENCH_CORPUS); ` +
        'measuring the synthetic and conformance inputs only',
    );
    console.log('');
  }
  if (argv.includes('--real-only')) process.exit(0);
}

if (argv.includes('--size-only')) {
  sizeCases();
  process.exit(0);
}

console.log(`Camadas lint benchmark — node ${process.version}, ${REPEAT} passes, medians`);
console.log(`corpus: ${corpusNote}`);
console.log(under.label);
console.log(`        ${corpus.length} Dockerfiles, ${corpusLines} lines, ${corpusRuns} RUN lines`);
console.log('');

const tParse = measure(parseOnly(corpus));
const tLint = measure(lintAll(corpus));
const tDfl = measure(dflAll(corpus));
row('parse only (buildModel)', `${fmt(tParse)} ms`, `${fmt((tParse * 1000) / corpus.length)} µs/file`);
row('lint (camadas, all rules)', `${fmt(tLint)} ms`, `${fmt((tLint * 1000) / corpus.length)} µs/file`);
row('dockerfilelint', `${fmt(tDfl)} ms`, dflErrors ? `threw on ${dflErrors / (REPEAT + 5)} files` : '');
const tTwice = measure(bothLocalesTwice(corpus));
const tOnce = measure(bothLocalesOnce(corpus));
row('lint ×2 locales (2 calls)', `${fmt(tTwice)} ms`);
row('lintAllLocales (1 call)', `${fmt(tOnce)} ms`);

const scale: Record<number, number> = {};
for (const n of [100, 1000, 10000]) {
  const text = synthetic(n);
  // more passes than the corpus rows: a 10k-line lint allocates enough for GC pauses to skew a few runs
  const reps = n >= 10000 ? REPEAT + 4 : REPEAT * 2;
  const t = measure(
    () => {
      sink += lint(text).length;
    },
    reps,
    1,
  );
  scale[n] = t;
  const tp = measure(parseOnly([text]), reps, 1);
  row(
    `synthetic ${n} lines`,
    `${fmt(t)} ms`,
    `${fmt((t * 1000) / n)} µs/line (parse ${fmt((tp * 1000) / n)} µs/line)`,
  );
}

const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c}`);
console.log('');
const ratioA = tLint / tParse;
const ratioB = tLint / tDfl;
const ratioC = scale[10000] / scale[1000] / 10;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
console.log(
  `(a) lint / parse-only        = ${ratioA.toFixed(2)}×   target ≤ 3×      ${verdict(ratioA <= 3)}`,
);
console.log(`(b) lint / dockerfilelint    = ${ratioB.toFixed(2)}×   target < 1×      ${verdict(ratioB < 1)}`);
const floorB = tParse / tDfl;
console.log(
  `    floor: parse-only / dockerfilelint = ${floorB.toFixed(2)}×  (building the model alone, before any rule)`,
);
console.log(
  `(c) (t10k / t1k) / 10        = ${ratioC.toFixed(2)}    target ≈ 1.0     ${verdict(ratioC <= 1.3)}`,
);
console.log(`    lintAllLocales / 2×lint  = ${(tOnce / tTwice).toFixed(2)}×`);
console.log('');
sizeCases();
if (argv.includes('--json')) {
  console.log(
    JSON.stringify({
      tParse,
      tLint,
      tDfl,
      tTwice,
      tOnce,
      scale,
      ratioA,
      ratioB,
      ratioC,
      files: corpus.length,
    }),
  );
}
if (sink < 0) console.log(sink); // keep the work observable
