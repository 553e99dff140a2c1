/**
 * Rebuild the real-Dockerfile corpus (tests/corpus/files/, git-ignored) from the manifest: each file is
 * downloaded from its public repository at the listed commit and path, and kept only when its SHA-256
 * matches the manifest. Files already present and matching are not downloaded again.
 *
 *   npx tsx scripts/corpus-fetch.ts [--dir tests/corpus/files] [--base https://raw.githubusercontent.com]
 *
 * The download address is `<base>/<repo>/<commit>/<path>`. Exits 1 when a file could not be fetched or
 * did not match.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface ManifestEntry {
  file: string;
  repo: string;
  path: string;
  commit: string;
  sha256: string;
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = new URL('..', import.meta.url).pathname;
const dir = opt('--dir') ?? join(root, 'tests/corpus/files');
const base = (opt('--base') ?? 'https://raw.githubusercontent.com').replace(/\/+$/, '');
const manifest = JSON.parse(readFileSync(join(root, 'tests/corpus/manifest.json'), 'utf8')) as {
  files: ManifestEntry[];
};
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

async function main() {
  let kept = 0;
  let fetched = 0;
  const failed: string[] = [];
  for (const f of manifest.files) {
    const out = join(dir, f.file);
    if (existsSync(out) && sha256(readFileSync(out)) === f.sha256) {
      kept++;
      continue;
    }
    const url = `${base}/${f.repo}/${f.commit}/${f.path.split('/').map(encodeURIComponent).join('/')}`;
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      if (sha256(body) !== f.sha256) throw new Error('content differs from the manifest (SHA-256)');
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, body);
      fetched++;
    } catch (e) {
      failed.push(`${f.file}: ${url}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const line of failed) console.error(`not fetched ${line}`);
  console.log(
    `corpus at ${dir}: ${kept} already present, ${fetched} fetched, ${failed.length} failed (of ${manifest.files.length})`,
  );
  process.exit(failed.length ? 1 : 0);
}
void main();
