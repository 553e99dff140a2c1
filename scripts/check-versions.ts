/**
 * Freshness of the versions the docs use (src/versions/versions.yaml). Needs the network; never part of
 * `npm test`. Run weekly by .github/workflows/versions.yml.
 *
 *   npm run check:versions [-- --only images|debian|alpine] [--today YYYY-MM-DD] [--versions FILE]
 *
 * - images: every tag's end-of-life date (from the file's table) is not in the past; within 90 days
 *   is a warning; a tag with no published date is listed as such.
 * - debian: every pinned Debian package version resolves in its release's archive. apt itself does the
 *   work, in a throw-away directory (its own sources list for <release>, <release>-updates and
 *   <release>-security, lists and cache; the system's apt state is never touched), then
 *   `apt-cache madison NAME` lists the versions the archive offers.
 * - alpine: every pinned Alpine package version is in the APKINDEX of its branch (main and community,
 *   x86_64) on dl-cdn.alpinelinux.org.
 *
 * Exit 0: all fresh; 1: something is stale or gone; 2: could not check (no apt, no network…).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVersions, type PackageEntry, parseApkIndex } from '../src/versions';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const today = args.includes('--today')
  ? args[args.indexOf('--today') + 1]
  : new Date().toISOString().slice(0, 10);
const file = args.includes('--versions') ? args[args.indexOf('--versions') + 1] : undefined;
const WARN_DAYS = 90;

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

let stale = 0;
let unchecked = 0;
const ok = (s: string) => console.log(`  ok     ${s}`);
const warn = (s: string) => console.log(`  warn   ${s}`);
const bad = (s: string) => {
  stale++;
  console.log(`  STALE  ${s}`);
};
const cannot = (s: string) => {
  unchecked++;
  console.log(`  ?      ${s}`);
};

function checkImages(versions: ReturnType<typeof loadVersions>): void {
  console.log(`Base images: end of life (today is ${today})`);
  const now = Date.parse(today);
  for (const image of versions.images) {
    if (image.eol === null) {
      ok(`${image.tag}: no published end-of-life date (${image.eolSource})`);
      continue;
    }
    const days = Math.floor((Date.parse(image.eol) - now) / 86_400_000);
    const line = `${image.tag}: end of life ${image.eol} (${image.eolSource})`;
    if (days < 0) bad(`${line}, ${-days} days ago`);
    else if (days <= WARN_DAYS) warn(`${line}, in ${days} days`);
    else ok(`${line}, in ${days} days`);
  }
}

function aptVersions(release: string, names: string[]): Map<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'camadas-apt-'));
  try {
    for (const sub of ['lists/partial', 'cache/archives/partial', 'sources.list.d', 'preferences.d']) {
      mkdirSync(join(dir, sub), { recursive: true });
    }
    const key = '[signed-by=/usr/share/keyrings/debian-archive-keyring.gpg]';
    writeFileSync(
      join(dir, 'sources.list'),
      [
        `deb ${key} http://deb.debian.org/debian ${release} main`,
        `deb ${key} http://deb.debian.org/debian ${release}-updates main`,
        `deb ${key} http://deb.debian.org/debian-security ${release}-security main`,
        '',
      ].join('\n'),
    );
    const opts = [
      `Dir::State::Lists=${join(dir, 'lists')}`,
      `Dir::Cache=${join(dir, 'cache')}`,
      `Dir::Etc::SourceList=${join(dir, 'sources.list')}`,
      `Dir::Etc::SourceParts=${join(dir, 'sources.list.d')}`,
      `Dir::Etc::Preferences=${join(dir, 'preferences')}`,
      `Dir::Etc::PreferencesParts=${join(dir, 'preferences.d')}`,
      'Dir::State::status=/dev/null',
      'APT::Architecture=amd64',
      'Debug::NoLocking=1',
    ].flatMap((o) => ['-o', o]);
    execFileSync('apt-get', [...opts, '-qq', 'update'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const out = execFileSync('apt-cache', [...opts, 'madison', ...names], { encoding: 'utf8' });
    const found = new Map<string, string[]>();
    for (const line of out.split('\n')) {
      const [name, version, source] = line.split('|').map((x) => x.trim());
      if (!name || !version) continue;
      found.set(name, [...(found.get(name) ?? []), `${version} (${source.replace(/ amd64 Packages$/, '')})`]);
    }
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkDebian(packages: PackageEntry[]): void {
  const byRelease = groupBy(packages, (p) => p.release);
  for (const [release, pkgs] of byRelease) {
    console.log(`Debian ${release}: pinned package versions (apt-cache madison)`);
    let found: Map<string, string[]>;
    try {
      found = aptVersions(release, [...new Set(pkgs.map((p) => p.name))]);
    } catch (e) {
      const err = e as { code?: string; stderr?: Buffer; message: string };
      cannot(
        err.code === 'ENOENT'
          ? 'apt-get is not installed here: run this on Debian/Ubuntu (the CI workflow does)'
          : `apt could not read the ${release} archive: ${String(err.stderr ?? err.message).trim()}`,
      );
      continue;
    }
    for (const p of pkgs) {
      const offered = found.get(p.name) ?? [];
      const hit = offered.find((o) => o.startsWith(`${p.version} `));
      if (hit) ok(`${p.name}=${p.version}: ${hit}`);
      else
        bad(`${p.name}=${p.version} is gone; the archive offers ${offered.join(', ') || 'no such package'}`);
    }
  }
}

async function checkAlpine(packages: PackageEntry[]): Promise<void> {
  for (const [release, pkgs] of groupBy(packages, (p) => p.release)) {
    console.log(`Alpine ${release}: pinned package versions (APKINDEX of main and community)`);
    const found = new Map<string, string[]>();
    try {
      for (const repo of ['main', 'community']) {
        const url = `https://dl-cdn.alpinelinux.org/alpine/${release}/${repo}/x86_64/APKINDEX.tar.gz`;
        const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
        if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
        for (const [k, v] of parseApkIndex(Buffer.from(await res.arrayBuffer()))) {
          found.set(k, [...(found.get(k) ?? []), ...v]);
        }
      }
    } catch (e) {
      cannot(`could not read the Alpine ${release} index: ${(e as Error).message}`);
      continue;
    }
    for (const p of pkgs) {
      const offered = found.get(p.name) ?? [];
      if (offered.includes(p.version)) ok(`${p.name}=${p.version}`);
      else
        bad(
          `${p.name}=${p.version} is not in ${release}; it offers ${offered.join(', ') || 'no such package'}`,
        );
    }
  }
}

async function main(): Promise<void> {
  let versions: ReturnType<typeof loadVersions>;
  try {
    versions = loadVersions(file);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  if (!only || only === 'images') checkImages(versions);
  if (!only || only === 'debian') checkDebian(versions.packages.filter((p) => p.distro === 'debian'));
  if (!only || only === 'alpine') await checkAlpine(versions.packages.filter((p) => p.distro === 'alpine'));
  console.log(`\n${stale} stale, ${unchecked} not checked`);
  process.exit(stale > 0 ? 1 : unchecked > 0 ? 2 : 0);
}

if (require.main === module) void main();
