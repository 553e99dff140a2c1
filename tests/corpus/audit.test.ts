/**
 * Regression of the hand audit of findings on real Dockerfiles (tests/corpus/audit.json): every true
 * positive still fires on its line, every false positive no longer does. The corpus files are not
 * committed (tests/corpus/README.md): without them this suite is skipped, and says so.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/engine';

interface Verdict {
  file: string;
  line: number;
  rule: string;
  verdict: 'tp' | 'fp';
  reason: string;
  /** A false positive not fixed yet: it still fires (flip this when the fix lands). */
  open?: boolean;
}
interface ManifestEntry {
  file: string;
  sha256: string;
}

const here = import.meta.dirname;
const dir = process.env.CAMADAS_CORPUS_DIR ?? join(here, 'files');
const audit = JSON.parse(readFileSync(join(here, 'audit.json'), 'utf8')) as Verdict[];
const manifest = new Map(
  (JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8')) as { files: ManifestEntry[] }).files.map(
    (f) => [f.file, f.sha256],
  ),
);

describe('the corpus audit file', () => {
  it('lists only files of the manifest, with a tp/fp verdict and a reason each', () => {
    for (const v of audit) {
      expect(manifest.has(v.file), v.file).toBe(true);
      expect(['tp', 'fp']).toContain(v.verdict);
      expect(v.reason.length).toBeGreaterThan(5);
    }
    expect(audit.length).toBeGreaterThanOrEqual(150);
  });
});

const present = existsSync(dir);
if (!present) console.warn(`corpus audit skipped: no corpus at ${dir} (see tests/corpus/README.md)`);

describe.skipIf(!present)('findings audited by hand on real Dockerfiles', () => {
  const cache = new Map<string, { rule: string; line: number }[] | null>();
  const findingsOf = (file: string) => {
    if (!cache.has(file)) {
      const path = join(dir, file);
      let out: { rule: string; line: number }[] | null = null;
      if (existsSync(path)) {
        const text = readFileSync(path, 'utf8');
        // a file that differs from the audited version cannot be judged
        if (createHash('sha256').update(text).digest('hex') === manifest.get(file))
          out = lint(text, { locale: 'en' });
      }
      cache.set(file, out);
    }
    return cache.get(file) ?? null;
  };
  for (const v of audit) {
    const title =
      v.verdict === 'tp' ? 'still reports' : v.open ? 'known open false positive:' : 'no longer reports';
    it(`${title} ${v.rule} at ${v.file}:${v.line} (${v.reason})`, () => {
      const found = findingsOf(v.file);
      if (found === null) return; // file absent or changed: nothing to compare
      const fires = found.some((d) => d.rule === v.rule && d.line === v.line);
      expect(fires).toBe(v.verdict === 'tp' || v.open === true);
    });
  }
});
