/**
 * Faithfulness check of the reductions in tests/corpus/audit.json (`case`, `caseLine`): a reduction is
 * faithful when an engine from before the precision fixes (the baseline) treats the case as it
 * treated the real file, and this engine treats it as the verdict says:
 *   - tp: fires at baseline and fires now;
 *   - fp: fired at baseline and no longer fires now (the fix covers it);
 *   - fp marked `open`: fired at baseline and still fires now (the fix has not landed).
 * With --corpus DIR it also reports how both engines treat the real file, for comparison.
 *
 *   npx tsx scripts/corpus-cases-check.ts --baseline /path/to/old/checkout/src/lint/engine.ts \
 *     [--engine src/lint/engine.ts] [--corpus tests/corpus/files] [--verbose]
 *
 * Exits 1 when any case is unfaithful.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Verdict {
  file: string;
  line: number;
  rule: string;
  verdict: 'tp' | 'fp';
  reason: string;
  open?: boolean;
  case?: string;
  caseLine?: number;
}
type LintFn = (text: string, options?: { locale?: 'en' | 'pt-BR' }) => { rule: string; line: number }[];

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = new URL('..', import.meta.url).pathname;
const abs = (p: string) => (isAbsolute(p) ? p : resolve(process.cwd(), p));
const baselinePath = opt('--baseline');
if (!baselinePath) {
  console.error('Give the baseline engine: --baseline <checkout>/src/lint/engine.ts');
  process.exit(2);
}
const enginePath = opt('--engine') ?? join(root, 'src/lint/engine.ts');
for (const p of [baselinePath, enginePath])
  if (!existsSync(abs(p))) {
    console.error(`No engine at ${p}`);
    process.exit(2);
  }
const load = async (p: string) => ((await import(pathToFileURL(abs(p)).href)) as { lint: LintFn }).lint;
async function main() {
  const baseline = await load(baselinePath as string);
  const current = await load(enginePath);
  const corpus = opt('--corpus');
  const verbose = args.includes('--verbose');

  const audit = JSON.parse(readFileSync(join(root, 'tests/corpus/audit.json'), 'utf8')) as Verdict[];
  const fires = (lint: LintFn, text: string, rule: string, line: number) =>
    lint(text, { locale: 'en' }).some((d) => d.rule === rule && d.line === line);

  let faithful = 0;
  let realAgree = 0;
  let realChecked = 0;
  const unfaithful: string[] = [];
  for (const [i, v] of audit.entries()) {
    const where = `#${i} ${v.rule} ${v.verdict}${v.open ? ' (open)' : ''} ${v.file}:${v.line}`;
    if (v.case === undefined || v.caseLine === undefined) {
      unfaithful.push(`${where}: no case`);
      continue;
    }
    const before = fires(baseline, v.case, v.rule, v.caseLine);
    const now = fires(current, v.case, v.rule, v.caseLine);
    const wantNow = v.verdict === 'tp' || v.open === true;
    const ok = before && now === wantNow;
    if (ok) faithful++;
    else unfaithful.push(`${where}: case fires at baseline ${before}, now ${now} (want true, ${wantNow})`);
    if (corpus) {
      const path = join(abs(corpus), v.file);
      if (existsSync(path)) {
        const text = readFileSync(path, 'utf8');
        const realBefore = fires(baseline, text, v.rule, v.line);
        const realNow = fires(current, text, v.rule, v.line);
        realChecked++;
        if (realBefore === before && realNow === now) realAgree++;
        else if (verbose)
          console.log(
            `${where}: real file fires at baseline ${realBefore}, now ${realNow}; case ${before}, ${now}`,
          );
      }
    }
  }
  for (const u of unfaithful) console.log(`unfaithful ${u}`);
  console.log(`faithful reductions: ${faithful}/${audit.length}`);
  if (corpus) console.log(`case behaves as its real file under both engines: ${realAgree}/${realChecked}`);
  process.exit(unfaithful.length ? 1 : 0);
}
void main();
