/**
 * Generated folder trees (files, sub-folders, symbolic links to anywhere: ancestors, themselves,
 * missing targets, and FIFOs) for the CLI's file walking: it always ends, never throws, and lists
 * each real file once.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandPaths, findContentFiles } from '../../src/snippets/discover';

type Entry =
  | { kind: 'dir'; parent: number }
  | { kind: 'file'; parent: number; name: 'Dockerfile' | 'page.mdx' | '_part.md' | 'other.txt' }
  | { kind: 'link'; parent: number; target: number | 'missing' | 'self' }
  | { kind: 'fifo'; parent: number };

const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc.record({ kind: fc.constant('dir' as const), parent: fc.nat(6) }),
  fc.record({
    kind: fc.constant('file' as const),
    parent: fc.nat(6),
    name: fc.constantFrom(
      'Dockerfile' as const,
      'page.mdx' as const,
      '_part.md' as const,
      'other.txt' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('link' as const),
    parent: fc.nat(6),
    target: fc.oneof(fc.nat(6), fc.constantFrom('missing' as const, 'self' as const)),
  }),
  fc.record({ kind: fc.constant('fifo' as const), parent: fc.nat(6) }),
);

function build(root: string, entries: Entry[]): void {
  const dirs = [root];
  entries.forEach((e, i) => {
    const parent = dirs[e.parent % dirs.length];
    const path = join(parent, `${e.kind === 'file' ? e.name.replace('.', `${i}.`) : `${e.kind}${i}`}`);
    if (e.kind === 'dir') {
      mkdirSync(path);
      dirs.push(path);
    } else if (e.kind === 'file') {
      const name = e.name === 'Dockerfile' ? `Dockerfile.v${i}` : path;
      writeFileSync(e.name === 'Dockerfile' ? join(parent, name) : path, 'FROM debian:12\n');
    } else if (e.kind === 'link') {
      const target =
        e.target === 'missing'
          ? join(root, 'nowhere')
          : e.target === 'self'
            ? path
            : dirs[e.target % dirs.length];
      symlinkSync(target, path);
    } else {
      spawnSync('mkfifo', [join(parent, `Dockerfile.fifo${i}`)]);
    }
  });
}

describe('file walking on generated trees', () => {
  it('ends, never throws, lists each real file once, and skips FIFOs', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 14 }), (entries) => {
        const root = mkdtempSync(join(tmpdir(), 'camadas-walkfuzz-'));
        try {
          build(root, entries);
          const { targets, problems } = expandPaths([root, root]);
          const reals = targets.map((t) => realpathSync(t.path));
          expect(new Set(reals).size).toBe(reals.length);
          for (const t of targets) expect(t.path).not.toMatch(/fifo/);
          for (const p of problems) expect(typeof p.path).toBe('string');
          const content = findContentFiles(root);
          expect(new Set(content.map((t) => realpathSync(t.path))).size).toBe(content.length);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
