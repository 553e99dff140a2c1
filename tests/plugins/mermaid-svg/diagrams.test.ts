import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  diagramKey,
  diagramTitle,
  findDiagramBlocks,
  findSiteDiagrams,
  missingDiagramsMessage,
  renderedDir,
  renderedPath,
  siteDir,
} from '../../../plugins/mermaid-svg/diagrams';
import remarkMermaidSvg from '../../../plugins/mermaid-svg/remark';
import { themeSvg } from '../../../plugins/mermaid-svg/render';

const blocks = findSiteDiagrams();

describe('the committed drawings (plugins/mermaid-svg/rendered) match the docs, so a build needs no browser', () => {
  it('finds the diagrams of both locales', () => {
    expect(blocks.filter((b) => b.file.startsWith('docs/')).length).toBeGreaterThanOrEqual(12);
    expect(blocks.filter((b) => b.file.startsWith('i18n/en/')).length).toBe(
      blocks.filter((b) => b.file.startsWith('docs/')).length,
    );
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s has its drawing (else: npm run diagrams)',
    (_where, block) => {
      expect(existsSync(renderedPath(block.source)), missingDiagramsMessage([block])).toBe(true);
    },
  );

  it('keeps no drawing that no diagram uses', () => {
    const used = new Set(blocks.map((b) => `${diagramKey(b.source)}.svg`));
    const files = readdirSync(renderedDir).filter((f) => f.endsWith('.svg'));
    expect(files.filter((f) => !used.has(f))).toEqual([]);
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s is named for screen readers (accTitle) and its drawing fetches nothing',
    (_where, block) => {
      expect(diagramTitle(block.source)).toMatch(/\p{L}{3}/u);
      const path = renderedPath(block.source);
      if (!existsSync(path)) return; // reported by the test above
      const svg = readFileSync(path, 'utf8');
      expect(svg).not.toMatch(/@import|url\(\s*['"]?https?:|<script/i);
      expect(svg).toMatch(/var\(--camadas-diagram-text\)/);
    },
  );

  it('reads each block as the Markdown parser does (the key of the build is the key of the cache)', () => {
    const parser = unified().use(remarkParse).use(remarkMdx);
    const files = [...new Set(blocks.map((b) => b.file))];
    for (const file of files) {
      const tree = parser.parse(readFileSync(join(siteDir, file), 'utf8')) as Root;
      const values: string[] = [];
      const walk = (node: { type: string; children?: unknown[] }) => {
        if (node.type === 'code' && (node as Code).lang === 'mermaid') values.push((node as Code).value);
        for (const child of node.children ?? []) walk(child as { type: string });
      };
      walk(tree);
      expect(blocks.filter((b) => b.file === file).map((b) => diagramKey(b.source))).toEqual(
        values.map(diagramKey),
      );
    }
  });
});

describe('findDiagramBlocks', () => {
  it('finds ``` and ~~~ fences, indented ones too, with the line of the fence', () => {
    const text = 'a\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n  ~~~~mermaid\n  graph TD\n  ~~~~\n';
    expect(findDiagramBlocks(text, 'x.md')).toEqual([
      { source: 'flowchart LR\n  A --> B', file: 'x.md', line: 3 },
      { source: 'graph TD', file: 'x.md', line: 8 },
    ]);
  });

  it('ignores other code blocks', () => {
    expect(findDiagramBlocks('```js\nmermaid\n```\n', 'x.md')).toEqual([]);
  });
});

describe('diagramKey', () => {
  it('ignores line endings and trailing spaces, not the text', () => {
    expect(diagramKey('graph TD\r\n  A --> B  \r\n')).toBe(diagramKey('graph TD\n  A --> B'));
    expect(diagramKey('graph TD\n  A --> B')).not.toBe(diagramKey('graph TD\n  A --> C'));
  });
});

describe('missingDiagramsMessage', () => {
  it('is one line that says where and how to draw', () => {
    const message = missingDiagramsMessage([{ source: 'x', file: 'docs/a.mdx', line: 3 }]);
    expect(message).not.toContain('\n');
    expect(message).toContain('docs/a.mdx:3');
    expect(message).toContain('npm run diagrams');
  });
});

describe('themeSvg', () => {
  it('turns the placeholder colours into CSS variables and reports any other colour', () => {
    const { svg, unmapped } = themeSvg(
      '<svg viewBox="0 0 400 100" style="max-width: 400px;"><style>#d .node rect{fill:#010a02;stroke:#010A03;} #d .x{color:rgb(1, 10, 4);} #d .y{fill:#123456;}</style></svg>',
    );
    expect(svg).toContain('fill:var(--camadas-diagram-node)');
    expect(svg).toContain('stroke:var(--camadas-diagram-border)');
    expect(svg).toContain('color:var(--camadas-diagram-text)');
    expect(unmapped).toEqual(['#123456']);
  });

  it('lets a drawing shrink to 75 % of its size at most (text stays ≥ 12 px), then scroll', () => {
    const { svg } = themeSvg('<svg viewBox="0 0 800 100" style="max-width: 800px;"></svg>');
    expect(svg).toContain('style="max-width:800px;min-width:600px"');
  });

  it('drops the rules of the "neo" look, which carry fixed shadow colours', () => {
    const { svg } = themeSvg(
      '<svg><style>#d [data-look="neo"].node rect{fill:#abcdef;}#d .a{fill:#010a01;}</style></svg>',
    );
    expect(svg).not.toContain('neo');
    expect(svg).toContain('#d .a{fill:var(--camadas-diagram-bg);}');
  });
});

describe('remarkMermaidSvg', () => {
  const run = (markdown: string) => {
    const tree = unified().use(remarkParse).parse(markdown) as Root;
    remarkMermaidSvg()(tree, { path: 'docs/x.mdx' });
    return tree;
  };

  it('replaces a drawn diagram with a <Diagram> named by its accTitle', () => {
    const block = blocks[0];
    const tree = run(`text\n\n\`\`\`mermaid\n${block.source}\n\`\`\`\n`);
    const node = tree.children[1] as unknown as {
      type: string;
      name: string;
      attributes: { name: string; value: string }[];
    };
    expect(node.type).toBe('mdxJsxFlowElement');
    expect(node.name).toBe('Diagram');
    expect(node.attributes.find((a) => a.name === 'title')?.value).toBe(diagramTitle(block.source));
    expect(node.attributes.find((a) => a.name === 'svg')?.value).toMatch(/^<svg/);
  });

  it('stops on a diagram without accTitle, saying where', () => {
    expect(() => run('```mermaid\nflowchart LR\n  A --> B\n```\n')).toThrow(/docs\/x\.mdx:1.*accTitle/);
  });

  it('leaves a diagram without a drawing as code (the build plugin has already reported it)', () => {
    const tree = run('```mermaid\nflowchart LR\n  accTitle: Nada desenhado\n  A --> Z9\n```\n');
    expect(tree.children[0].type).toBe('code');
  });
});
