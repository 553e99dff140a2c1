/**
 * The docs' Dockerfile snippets for the playground's examples menu, per locale: every snippet of a
 * guide page that the build gate lints (not `nolint`; generated rule pages are left out, their
 * examples come from the rules themselves), with its page title and the heading above it. Written with
 * `actions.createData` and imported lazily by the playground (`@generated/camadas-playground-examples/
 * default/docs-examples.json`), so it is a chunk of its own that no other page loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { DocsExample } from '../../src/playground/protocol';
import { parseAnnotations } from '../../src/snippets/annotations';
import { isDockerfileLanguage } from '../../src/snippets/check-snippet';
import { isGeneratedPage } from '../../src/snippets/discover';

export const PLUGIN_NAME = 'camadas-playground-examples';
export const DOCS_EXAMPLES_FILE = 'docs-examples.json';

/**
 * The Dockerfile fences of a Markdown/MDX page with the heading above each, by a line scan: fences may
 * be indented (inside a list or a tab); the body loses that indentation, as Markdown reads it.
 */
export function pageSnippets(source: string): { heading: string; code: string; meta: string }[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: { heading: string; code: string; meta: string }[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const h = /^#{2,4}\s+(.+?)\s*#*\s*$/.exec(lines[i]);
    if (h) {
      heading = h[1].replace(/\s*\{#[\w-]+\}$/, '').replace(/`/g, '');
      continue;
    }
    const open = /^(\s*)(`{3,}|~{3,})([^`\s]*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, marker, lang, meta] = open;
    const close = new RegExp(`^\\s*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j])) {
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
      j++;
    }
    i = j;
    if (isDockerfileLanguage(lang)) out.push({ heading, code: `${body.join('\n')}\n`, meta: meta.trim() });
  }
  return out;
}

/** The linted snippets of the docs pages (in sidebar-independent, permalink order). */
export function docsExamples(pages: { source: string; title: string; permalink: string }[]): DocsExample[] {
  const out: DocsExample[] = [];
  for (const page of [...pages].sort((a, b) => a.permalink.localeCompare(b.permalink))) {
    if (isGeneratedPage(page.source)) continue;
    for (const snippet of pageSnippets(page.source)) {
      const annotations = parseAnnotations(snippet.meta);
      if (annotations.nolint !== undefined) continue;
      out.push({
        page: page.title,
        heading: snippet.heading,
        permalink: page.permalink,
        code: snippet.code,
        bad: annotations.expect !== undefined,
      });
    }
  }
  return out;
}

export default function playgroundExamplesPlugin(context: LoadContext): Plugin {
  return {
    name: PLUGIN_NAME,
    async allContentLoaded({ allContent, actions }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const pages = (docs?.loadedVersions[0]?.docs ?? []).map((doc) => ({
        source: readFileSync(join(context.siteDir, doc.source.replace(/^@site\//, '')), 'utf8'),
        title: doc.title,
        permalink: doc.permalink,
      }));
      await actions.createData(DOCS_EXAMPLES_FILE, JSON.stringify(docsExamples(pages)));
    },
  };
}
