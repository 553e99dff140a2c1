/**
 * npm run bench:pages-ab -- DIR_A DIR_B [--rounds N] [--only "page type"] [--locale en] [--cpu-slowdown N]
 * Lighthouse 12 (mobile preset, Performance only) on two builds of the site, A and B alternating page by
 * page, N rounds (default 6), each build served compressed on its own port. Prints every run's score
 * and Total Blocking Time, and their medians: a change of 10% in TBT is smaller than one run's noise on
 * a shared machine, so single runs (npm run bench:pages) cannot show it; alternating rounds share the
 * machine's slow moments between A and B. Keep a copy of the build before a change to compare with.
 * `--cpu-slowdown N` as in bench:pages: a larger slowdown than the preset's 4 shows how a page fares on
 * a slower host (Lighthouse multiplies the host's own task times by it).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../plugins/chromium';
import { median } from './median';
import {
  cpuSlowdownFlags,
  LOCALE_PREFIXES,
  PAGE_TYPES,
  type SlowdownFlags,
  serveStatic,
} from './static-server';

const USAGE =
  'usage: npm run bench:pages-ab -- DIR_A DIR_B [--rounds N] [--only "page type"] [--locale pt-BR|en] [--cpu-slowdown N]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value.`);
  args.splice(at, 2);
  return value;
};
const rounds = Number(option('--rounds') ?? 6);
const only = option('--only');
const localeName = option('--locale') ?? 'pt-BR';
const slowdownOrError = cpuSlowdownFlags(option('--cpu-slowdown'));
if (typeof slowdownOrError === 'string') fail(slowdownOrError);
const slowdown: SlowdownFlags = slowdownOrError;
const unknown = args.find((a) => a.startsWith('--'));
if (unknown) fail(`Unknown option ${unknown}.`);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 50)
  fail('--rounds takes a whole number from 1 to 50.');
const locale = LOCALE_PREFIXES.find((l) => l.locale === localeName);
if (!locale) fail(`--locale is one of ${LOCALE_PREFIXES.map((l) => l.locale).join(', ')}.`);
const pages = PAGE_TYPES.filter((p) => !only || p.type === only);
if (pages.length === 0)
  fail(`No page type "${only}"; they are: ${PAGE_TYPES.map((p) => p.type).join(', ')}.`);
if (args.length !== 2) fail('Give two build folders.');
for (const dir of args)
  if (!existsSync(join(dir, 'index.html'))) fail(`${dir} is not a built site (no index.html).`);

async function main() {
  const port = Number(process.env.BENCH_PORT ?? 3876);
  const servers = await Promise.all(
    args.map((dir, i) => serveStatic(dir, port + i, undefined, { precompress: true })),
  );
  const userDataDir = mkdtempSync(join(tmpdir(), 'camadas-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    userDataDir,
    chromeFlags: [...CHROMIUM_FLAGS],
  });
  try {
    for (const { type, path } of pages) {
      const runs = [
        { perf: [] as number[], tbt: [] as number[] },
        { perf: [] as number[], tbt: [] as number[] },
      ];
      for (let round = 0; round < rounds; round++) {
        // A then B in even rounds, B then A in odd ones.
        for (const which of round % 2 ? [1, 0] : [0, 1]) {
          const url = `${servers[which].url}${locale?.prefix ?? ''}${path}`;
          const result = await lighthouse(url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
            ...slowdown,
          });
          if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
          runs[which].perf.push(Math.round((result.lhr.categories.performance?.score ?? 0) * 100));
          runs[which].tbt.push(Math.round(result.lhr.audits['total-blocking-time']?.numericValue ?? 0));
        }
      }
      const line = (name: string, r: (typeof runs)[number]) =>
        `  ${name}: Performance ${r.perf.join(' / ')} (median ${median(r.perf)})   TBT ${r.tbt.join(' / ')} ms (median ${median(r.tbt)})`;
      const multiplier = slowdown.throttling?.cpuSlowdownMultiplier;
      const slowdownNote = multiplier ? `, CPU slowdown ${multiplier}` : '';
      console.log(
        `${type} (${localeName}), ${rounds} rounds${slowdownNote}\n${line('A', runs[0])}\n${line('B', runs[1])}`,
      );
    }
  } finally {
    await chrome.kill();
    for (const { server } of servers) server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
