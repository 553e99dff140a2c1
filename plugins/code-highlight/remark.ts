/**
 * remark plugin: highlights every fenced code block of a page at build time and replaces it with a
 * <CodeBlock> element (src/theme/CodeBlock) carrying the highlighted lines as HTML, so the browser
 * neither ships Prism nor tokenises code while the page hydrates. Runs after remark-dockerfile-lint
 * (which wraps Dockerfile blocks in <DockerfileExample> and marks their bad lines with `{1,3}`) and
 * after mermaid-svg (```mermaid blocks are diagrams by then).
 *
 * Understands what the theme's CodeBlock read from the fence: the language, `title="…"`, line ranges
 * `{1,3-4}` and the default magic comments (`highlight-next-line`, `highlight-start`/`highlight-end`
 * as `#` or `//` comments). `showLineNumbers` is refused with a clear message rather than ignored.
 */
import type { Code, Parent, Root } from 'mdast';
import rangeParser from 'parse-numeric-range';
import type { PrismTheme } from 'prism-react-renderer';
import { highlightToHtml, loadLanguages } from './highlight';

export const CODE_COMPONENT = 'CodeBlock';
/** The class Docusaurus gives highlighted lines (its default magic comment). */
export const HIGHLIGHTED_LINE = 'theme-code-block-highlighted-line';

export interface RemarkCodeHighlightOptions {
  light: PrismTheme;
  dark: PrismTheme;
  /** Prism grammars to load besides those prism-react-renderer bundles (`prism.additionalLanguages`). */
  additionalLanguages?: readonly string[];
}

const TITLE = /title=(?<quote>["'])(?<title>.*?)\1/;
const RANGE = /\{(?<range>[\d,-]+)\}/;
const MAGIC = /^\s*(?:#|\/\/)\s*(highlight-next-line|highlight-start|highlight-end)\s*$/;

/** The code without its magic comments, and the classes of each line (0-based), as the theme computed them. */
export function codeLines(code: string, meta: string | null | undefined) {
  const lineClassNames: Record<number, string[]> = {};
  const range = meta?.match(RANGE)?.groups?.range;
  if (range) {
    for (const n of rangeParser(range)) if (n > 0) lineClassNames[n - 1] = [HIGHLIGHTED_LINE];
    return { code, lineClassNames };
  }
  const lines = code.split(/\r?\n/);
  const kept: string[] = [];
  let nextLine = false;
  let blockStart: number | null = null;
  for (const line of lines) {
    const directive = line.match(MAGIC)?.[1];
    if (directive === 'highlight-next-line') nextLine = true;
    else if (directive === 'highlight-start') blockStart = kept.length;
    else if (directive === 'highlight-end') blockStart = null;
    else {
      if (nextLine || blockStart !== null) lineClassNames[kept.length] = [HIGHLIGHTED_LINE];
      nextLine = false;
      kept.push(line);
    }
  }
  return { code: kept.join('\n'), lineClassNames };
}

export default function remarkCodeHighlight(options: RemarkCodeHighlightOptions) {
  loadLanguages(options.additionalLanguages ?? []);
  return (tree: Root, file: { path?: string }) => {
    walk(tree, (node, index, parent) => {
      const meta = node.meta ?? '';
      if (/\bshowLineNumbers\b/.test(meta)) {
        throw new Error(
          `[camadas] ${file.path ?? 'a page'}:${node.position?.start.line ?? '?'}: showLineNumbers is not supported by the build-time highlighter (plugins/code-highlight).`,
        );
      }
      const language = (node.lang ?? 'text').toLowerCase();
      const { code, lineClassNames } = codeLines(node.value.replace(/\r?\n$/, ''), meta);
      const html = highlightToHtml(code, {
        language,
        light: options.light,
        dark: options.dark,
        lineClassNames,
      });
      const title = meta.match(TITLE)?.groups?.title;
      const attributes = [
        { type: 'mdxJsxAttribute', name: 'language', value: language },
        { type: 'mdxJsxAttribute', name: 'code', value: code },
        { type: 'mdxJsxAttribute', name: 'html', value: html },
        ...(title ? [{ type: 'mdxJsxAttribute', name: 'title', value: title }] : []),
      ];
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: CODE_COMPONENT,
        attributes,
        children: [],
        position: node.position,
      } as unknown as Parent['children'][number];
    });
  };
}

function walk(parent: Parent, visit: (node: Code, index: number, parent: Parent) => void): void {
  parent.children.forEach((child, index) => {
    if (child.type === 'code') visit(child, index, parent);
    else if ('children' in child) walk(child as Parent, visit);
  });
}
