/**
 * Lints the Dockerfile snippets of one Markdown/MDX file from its source, parsing it the way Docusaurus
 * does (MDX for .mdx, CommonMark for .md; front matter and directives/admonitions) and running
 * the same tree walker as the remark plugin. Used by the build gate and by `camadas lint`.
 */
import type { Root } from 'mdast';
import type remarkDirectiveType from 'remark-directive';
import type remarkFrontmatterType from 'remark-frontmatter';
import type remarkMdxType from 'remark-mdx';
import type remarkParseType from 'remark-parse';
import type { unified as unifiedType } from 'unified';
import type { Locale } from '../lint/types';
import { isDockerfileLanguage } from './check-snippet';
import { lintTree, recordSnippet, type TreeReport } from './lint-tree';

export interface MarkdownFileReport extends TreeReport {
  file: string;
  locale: Locale;
  /** Set when the file is not valid Markdown/MDX (Docusaurus would fail on it too). */
  parseError?: { message: string; line: number; column: number };
}

/**
 * The Markdown parser, loaded on first use: `camadas lint Dockerfile` never needs it, and loading the
 * remark packages was most of the CLI's start-up time.
 */
declare const require: (id: string) => unknown;
type Processor = ReturnType<typeof unifiedType>;
const processors: { md?: Processor; mdx?: Processor } = {};
function markdownProcessor(isMdx: boolean): Processor {
  const key = isMdx ? 'mdx' : 'md';
  let processor = processors[key];
  if (!processor) {
    const load = <T>(id: string) => {
      const mod = require(id) as { default?: T };
      return (mod.default ?? mod) as T;
    };
    const { unified } = require('unified') as { unified: typeof unifiedType };
    processor = unified()
      .use(load<typeof remarkParseType>('remark-parse'))
      .use(load<typeof remarkFrontmatterType>('remark-frontmatter'))
      .use(load<typeof remarkDirectiveType>('remark-directive')) as unknown as Processor;
    if (isMdx) processor.use(load<typeof remarkMdxType>('remark-mdx'));
    processors[key] = processor;
  }
  return processor;
}

/** The locale of a docs file from its path: English under i18n/en/, Portuguese everywhere else. */
export function localeOfPath(path: string): Locale {
  return /(^|[\\/])i18n[\\/]en[\\/]/.test(path) ? 'en' : 'pt-BR';
}

export function lintMarkdownSource(
  source: string,
  file: string,
  locale: Locale = localeOfPath(file),
): MarkdownFileReport {
  const isMdx = !/\.md$/i.test(file);
  // GFM (which Docusaurus adds) is left out on purpose: its tables and autolinks cannot hold a fenced
  // code block, its tokenizers cost a fifth of the parse, and the docs use no footnotes (the one GFM
  // block that could hold a fence).
  const processor = markdownProcessor(isMdx);
  let tree: Root;
  try {
    tree = processor.parse(source) as Root;
  } catch (error) {
    // remark/micromark throw a VFileMessage that knows where the problem is.
    const place = error as { reason?: string; message?: string; line?: number; column?: number };
    const parseError = {
      message: place.reason ?? place.message ?? String(error),
      line: place.line ?? 1,
      column: place.column ?? 1,
    };
    return { file, locale, snippets: 0, nolint: [], violations: [], parseError };
  }
  return { file, locale, ...lintTree(tree, { locale, attach: false }) };
}

/** A fenced code block that starts at column 1, with the line of its opening fence. */
export interface TopLevelFence {
  lang: string;
  meta: string;
  code: string;
  fenceLine: number;
}

/**
 * The top-level fences of a Markdown text, by a line scan (no Markdown parser). Exact for the pages
 * plugins/rule-docs generates, which put every fence at column 1 outside any other block; the rule-docs
 * test checks that it finds the same snippets as the full parser on every generated page.
 */
export function topLevelFences(source: string): TopLevelFence[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const fences: TopLevelFence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})([^`\s]*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, marker, lang, meta] = open;
    const close = new RegExp(`^${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j])) body.push(lines[j++]);
    fences.push({ lang, meta: meta.trim(), code: body.join('\n'), fenceLine: i + 1 });
    i = j;
  }
  return fences;
}

/** Lints a generated page (see topLevelFences) without parsing it as MDX: same checks, same positions. */
export function lintGeneratedMarkdown(
  source: string,
  file: string,
  locale: Locale = localeOfPath(file),
): MarkdownFileReport {
  const report: MarkdownFileReport = { file, locale, snippets: 0, nolint: [], violations: [] };
  for (const fence of topLevelFences(source)) {
    if (isDockerfileLanguage(fence.lang)) {
      recordSnippet(
        report,
        { code: fence.code, meta: fence.meta || null, fenceLine: fence.fenceLine, indent: 0 },
        locale,
      );
    }
  }
  return report;
}
