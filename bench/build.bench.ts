/**
 * npm run bench:build — production build time of the whole site (both locales) with snippet validation
 * (the remark plugin + build gate) and without it (bench/docusaurus.without-lint.config.ts), same content,
 * cold each time (`docusaurus clear` first). Runs alternate to spread machine noise; medians and the
 * overhead ratio come from this one run. Usage: npm run bench:build [-- --runs 3]
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './median';

const root = join(__dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 2;

function build(withLint: boolean): number {
  spawnSync('npx', ['docusaurus', 'clear'], { cwd: root, stdio: 'ignore' });
  const args = ['docusaurus', 'build', '--out-dir', join('tmp', 'bench-build')];
  if (!withLint) args.push('--config', 'bench/docusaurus.without-lint.config.ts');
  const started = performance.now();
  const result = spawnSync('npx', args, { cwd: root, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`build ${withLint ? 'with' : 'without'} validation failed`);
  }
  const linted = /Linted (\d+) Dockerfile snippets in \d+ locales in (\d+) ms/.exec(result.stdout);
  console.log(
    `  ${withLint ? 'with validation   ' : 'without validation'}  ${seconds.toFixed(1)} s${linted ? `  (gate: ${linted[1]} snippets in ${linted[2]} ms)` : ''}`,
  );
  return seconds;
}

const withTimes: number[] = [];
const withoutTimes: number[] = [];
console.log(`bench:build — ${runs} cold builds each, alternating`);
for (let i = 0; i < runs; i++) {
  // Alternate which variant goes first so that warm OS caches favour neither.
  if (i % 2 === 0) {
    withoutTimes.push(build(false));
    withTimes.push(build(true));
  } else {
    withTimes.push(build(true));
    withoutTimes.push(build(false));
  }
}
const a = median(withTimes);
const b = median(withoutTimes);
console.log(`median with validation ${a.toFixed(1)} s, without ${b.toFixed(1)} s`);
console.log(`overhead: ${(((a - b) / b) * 100).toFixed(1)}% (ratio ${(a / b).toFixed(3)})`);
