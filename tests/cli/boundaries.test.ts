import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx)$/.test(e.name)) out.push(p);
  }
  return out;
}
const importsOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);

describe('module boundaries', () => {
  it('the CLI and the build plugins never import each other (both use src/snippets)', () => {
    for (const f of sources('src/cli'))
      expect(
        importsOf(f).filter((i) => i.includes('plugins/')),
        f,
      ).toEqual([]);
    for (const f of sources('plugins'))
      expect(
        importsOf(f).filter((i) => /(^|\/)cli\//.test(i)),
        f,
      ).toEqual([]);
    for (const f of sources('src/snippets'))
      expect(
        importsOf(f).filter((i) => /plugins\/|(^|\/)cli\//.test(i)),
        f,
      ).toEqual([]);
  });

  it('no rule scans the RUN text for a command name (they ask ctx.commands)', () => {
    for (const f of sources('src/lint/rules')) {
      const text = readFileSync(join(root, f), 'utf8');
      expect(
        /argsText\.includes\('[a-z/]|\braw\.includes\('[a-z]|mayMention|commandsNamed\(/.test(text),
        f,
      ).toBe(false);
    }
  });
});
