import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enDocsDir, isDocPage, listFiles, outline, ptDocsDir, readDoc } from './docs-tree';

const pages = listFiles(ptDocsDir, isDocPage);

/** Words of prose: front matter, code blocks, JSX/import lines and Markdown punctuation left out. */
function proseWords(body: string): number {
  const withoutCode = body.replace(/^(\s*)(`{3,}|~{3,})[\s\S]*?^\1\2\s*$/gm, '');
  return withoutCode
    .split('\n')
    .filter((line) => !/^\s*(import |export |<\/?[A-Z])/.test(line))
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe('every docs page teaches', () => {
  it.each(
    pages.flatMap((p) => [['pt-BR', join(ptDocsDir, p)] as const, ['en', join(enDocsDir, p)] as const]),
  )('%s %s has at least 300 words of prose', (_locale, file) => {
    expect(proseWords(readDoc(file).body)).toBeGreaterThanOrEqual(300);
  });
});

describe('pictures where readers would rather look than read', () => {
  const mermaid = (page: string, dir: string) =>
    outline(readDoc(join(dir, page)).body)
      .code.filter((c) => c.lang === 'mermaid')
      .map((c) => c.code);

  it.each([
    ['images/layers.mdx', 2, /Camada|camada/, /layer/i],
    ['containers/lifecycle.mdx', 1, /Em execução/, /Running/],
    ['containers/isolation-and-resources.mdx', 1, /[Nn]úcleo|[Kk]ernel/, /[Kk]ernel/],
  ] as const)('%s has %i diagram(s) with labels in each language', (page, count, ptLabel, enLabel) => {
    const pt = mermaid(page, ptDocsDir);
    const en = mermaid(page, enDocsDir);
    expect(pt.length).toBeGreaterThanOrEqual(count);
    expect(en.length).toBe(pt.length);
    expect(pt.join('\n')).toMatch(ptLabel);
    expect(en.join('\n')).toMatch(enLabel);
    expect(en.join('\n')).not.toMatch(/Em execução|Camada de leitura/);
  });

  it('draws the lifecycle as a state machine', () => {
    expect(mermaid('containers/lifecycle.mdx', ptDocsDir).join('\n')).toContain('stateDiagram');
  });
});
