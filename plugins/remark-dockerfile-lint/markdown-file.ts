/**
 * Lints the Dockerfile snippets of one Markdown/MDX file from its source, parsing it the way Docusaurus
 * does (MDX for .mdx, CommonMark for .md; front matter, directives/admonitions and GFM) and running
 * the same tree walker as the remark plugin. Used by the build gate and by `camadas lint`.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Locale } from '../../src/lint/types';
import { lintTree, type TreeReport } from './lint-tree';

export interface MarkdownFileReport extends TreeReport {
  file: string;
  locale: Locale;
  /** Set when the file is not valid Markdown/MDX (Docusaurus would fail on it too). */
  parseError?: { message: string; line: number; column: number };
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
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm);
  if (isMdx) processor.use(remarkMdx);
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
