/**
 * Regression of the hand audit of findings on real Dockerfiles (tests/corpus/audit.json).
 *
 * Each verdict carries a reduction written for this repository (`case`, a few self-contained lines
 * that show the same pattern, and `caseLine`, where the finding is or must not be). The reductions
 * are checked always: every true positive still fires on its line, every false positive no longer
 * does (an `open` one, not fixed yet, still fires: flip the flag when its fix lands).
 *
 * The real files are not committed (tests/corpus/README.md). When the corpus folder is present, the
 * same verdicts are also checked on the real files: an extra, local check.
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
  /** A self-contained Dockerfile that shows the same pattern as the real file. */
  case: string;
  /** The line of `case` where the finding is (tp, open fp) or must not be (fp). */
  caseLine: number;
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
const title = (v: Verdict) =>
  v.verdict === 'tp' ? 'still reports' : v.open ? 'known open false positive:' : 'no longer reports';
/** Whether the finding the verdict is about is expected to be reported. */
const expected = (v: Verdict) => v.verdict === 'tp' || v.open === true;
const firesAt = (text: string, rule: string, line: number) =>
  lint(text, { locale: 'en' }).some((d) => d.rule === rule && d.line === line);

describe('the corpus audit file', () => {
  it('lists only files of the manifest, each with a verdict, a reason and a reduction', () => {
    for (const v of audit) {
      const at = `${v.rule} at ${v.file}:${v.line}`;
      expect(manifest.has(v.file), v.file).toBe(true);
      expect(['tp', 'fp'], at).toContain(v.verdict);
      expect(v.reason.length, at).toBeGreaterThan(5);
      expect(typeof v.case, at).toBe('string');
      const lines = v.case.split('\n').length;
      expect(Number.isInteger(v.caseLine) && v.caseLine >= 1 && v.caseLine <= lines, at).toBe(true);
    }
    expect(audit.length).toBeGreaterThanOrEqual(150);
  });

  it('gives every verdict its own reduction', () => {
    expect(new Set(audit.map((v) => v.case)).size).toBe(audit.length);
  });
});

describe('reductions of the findings audited by hand on real Dockerfiles', () => {
  for (const [i, v] of audit.entries()) {
    it(`#${i} ${title(v)} ${v.rule} (${v.reason})`, () => {
      expect(firesAt(v.case, v.rule, v.caseLine)).toBe(expected(v));
    });
  }
});

const present = existsSync(dir);
if (!present)
  console.info(
    `corpus audit: real files not found at ${dir}, checked on the reductions only (see tests/corpus/README.md)`,
  );

describe.skipIf(!present)('findings audited by hand on the real Dockerfiles (local corpus)', () => {
  const cache = new Map<string, string | null>();
  const textOf = (file: string) => {
    if (!cache.has(file)) {
      const path = join(dir, file);
      let out: string | null = null;
      if (existsSync(path)) {
        const text = readFileSync(path, 'utf8');
        // a file that differs from the audited version cannot be judged
        if (createHash('sha256').update(text).digest('hex') === manifest.get(file)) out = text;
      }
      cache.set(file, out);
    }
    return cache.get(file) ?? null;
  };
  for (const v of audit) {
    it(`${title(v)} ${v.rule} at ${v.file}:${v.line} (${v.reason})`, (ctx) => {
      const text = textOf(v.file);
      // a file absent or changed since the audit cannot be judged
      if (text === null) ctx.skip();
      else expect(firesAt(text, v.rule, v.line)).toBe(expected(v));
    });
  }
});
