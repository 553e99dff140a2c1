import { describe, expect, it } from 'vitest';
import { pageRecords } from '../../src/search/records';

const page = (source: string, isMdx = true) =>
  pageRecords({ source, isMdx, permalink: '/docs/x', section: 'Guia', keywords: ['X1'] });

describe('records of a page', () => {
  const source = `---
title: Camadas
---

import Foo from '@site/src/Foo';

Uma imagem é uma pilha de **camadas**.

## Copy-on-write

Texto com \`docker image history\`.

\`\`\`dockerfile
FROM debian:bookworm-slim
RUN --mount=type=cache,target=/var/cache/apt apt-get update
\`\`\`

\`\`\`mermaid
graph TD; A-->B
\`\`\`

### Detalhe

:::note[Atenção]
Dentro de uma admonição.
:::

<Foo>texto em JSX</Foo>

## Copy-on-write

| Instrução | Camada |
|---|---|
| RUN | sim |

## Para ler depois

- [Processos](./a.mdx)
- [Armazenamento](./b.mdx)
`;
  const records = page(source);

  it('makes one record per section, the page intro first, with Docusaurus anchors', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/docs/x',
      '/docs/x#copy-on-write',
      '/docs/x#detalhe',
      '/docs/x#copy-on-write-1',
      '/docs/x#para-ler-depois',
    ]);
  });
  it('keeps the heading path and the page title', () => {
    expect(records[2].headings).toEqual(['Copy-on-write', 'Detalhe']);
    expect(records[3].headings).toEqual(['Copy-on-write']);
    expect(records.every((r) => r.page === 'Camadas' && r.section === 'Guia')).toBe(true);
  });
  it('takes prose into text, code blocks into code, and leaves imports and diagrams out', () => {
    expect(records[0].text).toBe('Uma imagem é uma pilha de camadas.');
    expect(records[1].text).toContain('docker image history');
    expect(records[1].code).toContain('--mount=type=cache');
    expect(records[1].code).not.toContain('graph TD');
    expect(records.some((r) => r.text.includes('import'))).toBe(false);
  });
  it('reads admonitions, JSX children and tables', () => {
    expect(records[2].text).toContain('Dentro de uma admonição');
    expect(records[2].text).toContain('texto em JSX');
    expect(records[3].text).toContain('RUN');
  });
  it('weighs reading lists less', () => {
    expect(records[4].weight).toBeLessThan(1);
    expect(records[1].weight).toBeUndefined();
  });
  it('honours explicit heading ids and the title of an h1 when there is no front matter', () => {
    const md = pageRecords({
      source: '# Título\n\nIntro.\n\n## Seção {#custom}\n\nTexto.\n',
      isMdx: false,
      permalink: '/docs/y',
      section: '',
    });
    expect(md.map((r) => r.url)).toEqual(['/docs/y', '/docs/y#custom']);
    expect(md[0].page).toBe('Título');
  });
  it('names the instruction a page is about as an exact keyword', () => {
    const [intro] = pageRecords({
      source: '---\ntitle: HEALTHCHECK\n---\n\nTexto.',
      isMdx: true,
      permalink: '/d',
      section: '',
    });
    expect(intro.keywords).toEqual(['HEALTHCHECK']);
  });
});
