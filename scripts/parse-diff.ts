/**
 * Differential check of the Dockerfile parser: builds the model with the new scanner (src/lint/parse)
 * and with the former dockerfile-ast path (src/lint/parse-legacy) for every conformance case, every
 * rule example, every Dockerfile snippet of the docs and every corpus file, and compares them field
 * by field (JSON). Prints each difference (first few per input) and a count.
 *
 *   npx tsx scripts/parse-diff.ts [--corpus DIR] [--show N]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../src/lint/parse/build-model';
import type { DockerfileModel, InstructionModel, Scope } from '../src/lint/parse/model';
import { buildModel as buildLegacy } from '../src/lint/parse-legacy/build-model';
import { rules } from '../src/lint/rules/index';

const argv = process.argv.slice(2);
const opt = (n: string) => {
  const i = argv.indexOf(n);
  return i >= 0 ? argv[i + 1] : undefined;
};
const root = new URL('..', import.meta.url).pathname;
const show = Number(opt('--show') ?? 3);
const inputs: { name: string; text: string }[] = [];

const conf = join(root, '..', 'shared', 'conformance');
for (const f of ['hadolint-cases.json', 'buildkit-cases.json']) {
  const p = join(conf, f);
  if (!existsSync(p)) continue;
  const j = JSON.parse(readFileSync(p, 'utf8')) as Record<
    string,
    { dockerfile: string; id?: string; case_id?: string }[]
  >;
  for (const key of ['cases', 'needs_config']) {
    for (const c of j[key] ?? []) inputs.push({ name: `${f}:${c.id ?? c.case_id}`, text: c.dockerfile });
  }
}
for (const r of rules) {
  for (const [k, t] of r.examples.bad.entries()) inputs.push({ name: `${r.id}:bad${k}`, text: t });
  for (const [k, t] of r.examples.good.entries()) inputs.push({ name: `${r.id}:good${k}`, text: t });
}
const FENCE = /^(\s*)(`{3,}|~{3,})[ \t]*(dockerfile|docker|containerfile)\b[^\n]*\n([\s\S]*?)^\1\2[ \t]*$/gim;
function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (e === 'node_modules' || e.startsWith('.')) continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.mdx?$/.test(e)) out.push(p);
  }
}
const docs: string[] = [];
walk(join(root, 'docs'), docs);
walk(join(root, 'i18n'), docs);
for (const p of docs) {
  const src = readFileSync(p, 'utf8');
  let k = 0;
  for (const m of src.matchAll(FENCE)) inputs.push({ name: `${p.slice(root.length)}#${k++}`, text: m[4] });
}
const corpus = opt('--corpus');
if (corpus && existsSync(corpus)) {
  const files: string[] = [];
  const walkAll = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walkAll(p);
      else files.push(p);
    }
  };
  walkAll(corpus);
  for (const p of files.sort())
    inputs.push({ name: p.slice(corpus.length + 1), text: readFileSync(p, 'utf8') });
}

// --fuzz N: random files assembled from tricky fragments (escapes, heredocs, comments, quotes, blanks)
const fuzz = Number(opt('--fuzz') ?? 0);
if (fuzz > 0) {
  let seed = Number(opt('--seed') ?? 1);
  // mulberry32
  const rnd = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) % n;
  };
  const pick = <T>(a: readonly T[]) => a[rnd(a.length)];
  const KW = [
    'FROM',
    'RUN',
    'run',
    'COPY',
    'ADD',
    'ENV',
    'ARG',
    'LABEL',
    'CMD',
    'ENTRYPOINT',
    'ONBUILD',
    'HEALTHCHECK',
    'WORKDIR',
    'USER',
    'EXPOSE',
    'SHELL',
    'VOLUME',
    'STOPSIGNAL',
    'MAINTAINER',
    'FOO',
  ];
  const FRAG = [
    ' ',
    ' ',
    ' ',
    '  ',
    '\t',
    'a',
    'b=c',
    'x',
    '"q r"',
    "'s t'",
    '\\',
    '\\\n',
    ' \\\n',
    '\\ \n',
    '\n',
    '\n# c\n',
    '\n\n',
    '#',
    '$',
    '${V}',
    '${V:-d e}',
    '--mount=type=cache,target=/x',
    '--from=b',
    '--platform=$P',
    '<<EOF',
    '<<-EOF',
    '<<"EOF"',
    "<<'E2'",
    '\nEOF\n',
    '\n\tEOF\n',
    '\nE2\n',
    '=',
    '"',
    "'",
    '[',
    ']',
    '["a", "b"]',
    'AS',
    'as',
    'img:1',
    '`',
    '`\n',
    'CMD',
    'NONE',
    '\r\n',
    '\\$x',
    'k v w',
    '\\"',
    '#x\n',
  ];
  const HEAD = [
    '',
    '',
    '# escape=`\n',
    '# syntax=x\n# escape=\\\\\n',
    '\uFEFF',
    '# check=skip=all\n# escape=`\n',
  ];
  for (let k = 0; k < fuzz; k++) {
    let t = pick(HEAD);
    const lines = 1 + rnd(6);
    for (let l = 0; l < lines; l++) {
      t += pick(KW);
      const parts = rnd(8);
      for (let p = 0; p < parts; p++) t += (rnd(3) ? ' ' : '') + pick(FRAG);
      if (rnd(5)) t += '\n';
    }
    inputs.push({ name: `fuzz#${k}`, text: t });
  }
}

function scopeJson(s: Scope): unknown {
  const o: string[] = [];
  for (const [k, v] of s.args) o.push(`A ${k}=${v.value}`);
  for (const [k, v] of s.env) o.push(`E ${k}=${v.value}`);
  return o.sort();
}
function instJson(i: InstructionModel, all: InstructionModel[]): unknown {
  const { node: _node, ...fields } = i as InstructionModel & { node?: unknown };
  return {
    ...fields,
    flags: i.flags.map((f) => ({ ...f })),
    stage: i.stage?.index ?? null,
    onbuild: i.onbuild ? all.indexOf(i.onbuild) : null,
    trigger: i.trigger ? all.indexOf(i.trigger) : null,
    commentsBefore: i.commentsBefore.map((c) => c.range.line),
    scope: scopeJson(i.scope),
  };
}
function modelJson(m: DockerfileModel): Record<string, unknown> {
  const all = m.allInstructions;
  return {
    escapeChar: m.escapeChar,
    directives: m.directives,
    comments: m.comments,
    hasFrom: m.hasFrom,
    syntaxErrors: m.syntaxErrors.map((e) => ({ en: e.message.en, range: e.range })),
    globalArgs: m.globalArgs.map((g) => `${g.name}=${g.value}`),
    stages: m.stages.map((s) => ({
      ...s,
      from: all.indexOf(s.from),
      instructions: s.instructions.map((x) => all.indexOf(x)),
      parent: s.parent?.index ?? null,
      platform: s.platform ? { ...s.platform } : null,
      finalScope: scopeJson(s.finalScope),
    })),
    instructions: all.map((i) => instJson(i, all)),
  };
}
/**
 * Known difference (BuildKit is right, dockerfile-ast was not): only RUN/COPY/ADD (also as ONBUILD
 * triggers) have heredocs; dockerfile-ast gave `<<WORD` heredocs, and their "unterminated" errors, to
 * every instruction (CMD, WORKDIR, the ONBUILD itself…). Dropped from the old model unless --strict.
 */
function dropForeignHeredocs(j: Record<string, unknown>): void {
  if (argv.includes('--strict')) return;
  const insts = j.instructions as {
    keyword: string;
    onbuild: number | null;
    heredocs: { markerRange: unknown }[];
  }[];
  const dropped = new Set<string>();
  for (const i of insts) {
    const ok = i.keyword === 'RUN' || i.keyword === 'COPY' || i.keyword === 'ADD';
    if (ok || i.heredocs.length === 0) continue;
    for (const h of i.heredocs) dropped.add(JSON.stringify(h.markerRange));
    i.heredocs = [];
  }
  const kept = new Set<string>();
  for (const i of insts) for (const h of i.heredocs) kept.add(JSON.stringify(h.markerRange));
  const errs = j.syntaxErrors as { en: string; range: unknown }[];
  const seen = new Set<string>();
  j.syntaxErrors = errs.filter((e) => {
    if (!e.en.startsWith('unterminated heredoc')) return true;
    const r = JSON.stringify(e.range);
    if (dropped.has(r) && !kept.has(r)) return false;
    if (seen.has(r)) return false; // the ONBUILD and its trigger reported the same heredoc twice
    seen.add(r);
    return true;
  });
}

function diff(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length > 50) return;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    if (JSON.stringify(a) !== JSON.stringify(b))
      out.push(`${path}: old ${JSON.stringify(a)} new ${JSON.stringify(b)}`);
    return;
  }
  const ka = Object.keys(a as object).filter((k) => typeof (a as Record<string, unknown>)[k] !== 'function');
  const kb = Object.keys(b as object).filter((k) => typeof (b as Record<string, unknown>)[k] !== 'function');
  for (const k of new Set([...ka, ...kb])) {
    if (k === 'node') continue;
    diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
  }
}
let differing = 0;
const byField = new Map<string, number>();
for (const { name, text } of inputs) {
  const out: string[] = [];
  const old = modelJson(buildLegacy(text));
  dropForeignHeredocs(old);
  diff(old, modelJson(buildModel(text)), '', out);
  if (out.length === 0) continue;
  const skip = opt('--skip');
  if (skip && out.some((d) => new RegExp(skip).test(d))) continue;
  differing++;
  for (const d of out) {
    const f = d.split(':')[0].replace(/\.\d+/g, '[]');
    byField.set(f, (byField.get(f) ?? 0) + 1);
  }
  if (differing <= show) {
    console.log(`--- ${name}${name.startsWith('fuzz') ? ` ${JSON.stringify(text)}` : ''}`);
    for (const d of out.slice(0, 8)) console.log(`  ${d}`);
  }
}
console.log(
  [...byField]
    .sort((x, y) => y[1] - x[1])
    .map(([f, n]) => `${n}\t${f}`)
    .join('\n'),
);
console.log(`${differing} of ${inputs.length} inputs differ`);
process.exit(differing ? 1 : 0);
