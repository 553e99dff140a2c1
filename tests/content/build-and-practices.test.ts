import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enDocsDir, isDocPage, listFiles, outline, ptDocsDir, readDoc } from './docs-tree';

const practices = listFiles(join(ptDocsDir, 'best-practices'), isDocPage).filter(
  (f) => f !== 'worked-example.mdx',
);

const dockerfiles = (dir: string, page: string) =>
  outline(readDoc(join(dir, page)).body).code.filter((c) => c.lang === 'dockerfile');

describe('the best-practices section', () => {
  it('has one page per practice: the seed six and the nine the issue adds', () => {
    expect(practices.length).toBeGreaterThanOrEqual(15);
  });

  it.each(practices)(
    'best-practices/%s shows a bad Dockerfile with its rules and a lint-clean fix',
    (page) => {
      for (const dir of [ptDocsDir, enDocsDir]) {
        const code = dockerfiles(dir, join('best-practices', page));
        expect(code.some((c) => /expect="[^"]+"/.test(c.meta))).toBe(true);
        expect(code.some((c) => !/expect=|nolint=/.test(c.meta))).toBe(true);
      }
    },
  );

  it('walks the worked example from a naive Dockerfile with findings to clean steps', () => {
    const code = dockerfiles(ptDocsDir, 'best-practices/worked-example.mdx');
    expect(code.length).toBeGreaterThanOrEqual(4);
    expect(code[0].meta).toMatch(/expect="[^"]+"/);
    expect(code.slice(1).every((c) => !/expect=|nolint=/.test(c.meta))).toBe(true);
    const body = readDoc(join(ptDocsDir, 'best-practices/worked-example.mdx')).body;
    expect(body).toMatch(/```go title="main\.go"/);
  });
});

describe('the build section diagrams', () => {
  const mermaid = (dir: string, page: string) =>
    outline(readDoc(join(dir, page)).body)
      .code.filter((c) => c.lang === 'mermaid')
      .map((c) => c.code)
      .join('\n');

  it.each([
    ['build/cache.mdx', /falha no cache/, /cache miss/],
    ['build/multi-stage.mdx', /COPY --from=build<br\/>só dist/, /COPY --from=build<br\/>only dist/],
  ] as const)('%s draws its diagram with labels in each language', (page, ptLabel, enLabel) => {
    expect(mermaid(ptDocsDir, page)).toMatch(ptLabel);
    expect(mermaid(enDocsDir, page)).toMatch(enLabel);
    expect(mermaid(enDocsDir, page)).not.toMatch(ptLabel);
  });
});
