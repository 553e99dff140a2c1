// Build-time highlighting (plugins/code-highlight) gives every token the classes and the colours the
// theme's CodeBlock gave it in the browser with prism-react-renderer, in both modes.
import type { Root } from 'mdast';
import { Highlight, Prism, type PrismTheme } from 'prism-react-renderer';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { highlightToHtml, loadLanguages } from '../../../plugins/code-highlight/highlight';
import remarkCodeHighlight, { codeLines, HIGHLIGHTED_LINE } from '../../../plugins/code-highlight/remark';
import { darkCodeTheme, lightCodeTheme } from '../../../src/prism-themes';

loadLanguages(['docker', 'bash', 'json', 'yaml']);

const SAMPLES: [string, string][] = [
  [
    'docker',
    '# syntax=docker/dockerfile:1\nFROM debian:12 AS build\nARG VERSION="1.0"\n\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88 \\\n    && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /out /app\nCMD ["node", "server.js"]',
  ],
  ['bash', 'docker build -t app:1 . # build\nexport X="a $HOME"\nfor f in *.txt; do echo "$f"; done'],
  ['yaml', 'services:\n  web:\n    image: "nginx:1.27"\n    ports: [8080]\n    # comment'],
  ['json', '{"a": 1, "b": [true, null, "x"]}'],
  ['js', "const x = require('http');\n// comment\nx.get(`/${1}`);"],
  ['text', 'plain <text> & more'],
];

/** (classes, text, style) of every token the theme's prism-react-renderer rendering produces. */
function reference(code: string, language: string, theme: PrismTheme) {
  const markup = renderToStaticMarkup(
    createElement(Highlight, {
      theme,
      code,
      language,
      prism: Prism,
      // biome-ignore lint/correctness/noChildrenProp: Highlight takes a render function, as the theme used it
      children: ({ tokens, getTokenProps }) =>
        createElement(
          Fragment,
          null,
          tokens.flatMap((line) =>
            line.map((token) => {
              const props = getTokenProps({ token });
              return createElement('span', { ...props, 'data-style': JSON.stringify(props.style ?? {}) });
            }),
          ),
        ),
    }),
  );
  return [...markup.matchAll(/<span class="([^"]*)"[^>]*data-style="([^"]*)"[^>]*>([^<]*)<\/span>/g)].map(
    (m) => ({ className: m[1], style: JSON.parse(m[2].replace(/&quot;/g, '"')) as Record<string, unknown> }),
  );
}

const SUFFIX: Record<string, string> = {
  color: 'c',
  fontStyle: 's',
  fontWeight: 'w',
  opacity: 'o',
  textDecorationLine: 't',
};

function ours(html: string) {
  return [...html.matchAll(/<span class="([^"]*)"(?: style="([^"]*)")?>/g)].map((m) => {
    const props = Object.fromEntries(
      (m[2] ?? '')
        .split(';')
        .filter(Boolean)
        .map((d) => d.split(':') as [string, string]),
    );
    return { className: m[1], props };
  });
}

describe('build-time highlighting', () => {
  for (const [language, code] of SAMPLES) {
    it(`gives ${language} tokens the theme's classes and colours in light and dark mode`, () => {
      const html = highlightToHtml(code, { language, light: lightCodeTheme, dark: darkCodeTheme });
      const got = ours(html);
      for (const [mode, theme] of [
        ['l', lightCodeTheme],
        ['d', darkCodeTheme],
      ] as const) {
        const want = reference(code, language, theme);
        expect(got.map((t) => t.className)).toEqual(want.map((t) => t.className));
        want.forEach((token, i) => {
          for (const [property, value] of Object.entries(token.style)) {
            if (property === 'display') expect(got[i].props.display).toBe(value);
            else expect(got[i].props[`--${mode}${SUFFIX[property]}`]).toBe(String(value));
          }
          const extra = Object.keys(got[i].props).filter((p) => p.startsWith(`--${mode}`));
          expect(extra.length).toBe(Object.keys(token.style).filter((p) => p !== 'display').length);
        });
      }
      // Coloured at all: a Dockerfile keyword is not plain text.
      if (language === 'docker')
        expect(html).toContain('<span class="token instruction keyword" style="--lc:');
    });
  }

  it('escapes the code it writes as HTML', () => {
    const html = highlightToHtml('echo "<b>&amp;</b>"', {
      language: 'text',
      light: lightCodeTheme,
      dark: darkCodeTheme,
    });
    expect(html).toContain('&lt;b&gt;&amp;amp;&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('marks the lines of a {range} and of magic comments as highlighted, dropping the comments', () => {
    expect(codeLines('a\nb\nc', '{1,3}').lineClassNames).toEqual({
      0: [HIGHLIGHTED_LINE],
      2: [HIGHLIGHTED_LINE],
    });
    const magic = codeLines('a\n# highlight-next-line\nb\n// highlight-start\nc\nd\n// highlight-end\ne', '');
    expect(magic.code).toBe('a\nb\nc\nd\ne');
    expect(magic.lineClassNames).toEqual({
      1: [HIGHLIGHTED_LINE],
      2: [HIGHLIGHTED_LINE],
      3: [HIGHLIGHTED_LINE],
    });
  });

  it('replaces fenced blocks with <CodeBlock> carrying the code, its title and its highlighted lines', () => {
    const tree = unified()
      .use(remarkParse)
      .parse('```dockerfile title="Dockerfile" {2}\nFROM a\nRUN b\n```\n') as Root;
    unified().use(remarkCodeHighlight, { light: lightCodeTheme, dark: darkCodeTheme }).runSync(tree);
    const node = tree.children[0] as unknown as {
      name: string;
      attributes: { name: string; value: string }[];
    };
    expect(node.name).toBe('CodeBlock');
    const attrs = Object.fromEntries(node.attributes.map((a) => [a.name, a.value]));
    expect(attrs).toMatchObject({ language: 'dockerfile', code: 'FROM a\nRUN b', title: 'Dockerfile' });
    expect(attrs.html.split('<div').length - 1).toBe(2);
    expect(attrs.html).toContain(
      `<div class="token-line ${HIGHLIGHTED_LINE}"><span class="token plain"></span><span class="token instruction keyword"`,
    );
  });

  it('refuses showLineNumbers rather than ignoring it', () => {
    const tree = unified().use(remarkParse).parse('```bash showLineNumbers\nls\n```\n') as Root;
    expect(() =>
      unified().use(remarkCodeHighlight, { light: lightCodeTheme, dark: darkCodeTheme }).runSync(tree),
    ).toThrow(/showLineNumbers is not supported/);
  });
});
