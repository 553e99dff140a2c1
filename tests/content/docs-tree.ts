// Reads the docs tree of both locales for the content invariant tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const root = join(__dirname, '..', '..');
export const ptDocsDir = join(root, 'docs');
export const enDocsDir = join(root, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current');

export function listFiles(dir: string, accept: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (`${relative(dir, full)}/` !== GENERATED_DIR) walk(full);
        continue;
      }
      if (accept(name)) out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const isDocPage = (name: string) => /\.mdx?$/.test(name) && !name.startsWith('_');

/**
 * Files under docs/rules/ are generated from src/lint/rules by plugins/rule-docs (git-ignored, tested
 * in tests/plugins/rule-docs.test.ts); the content tests cover the pages people write.
 */
export const GENERATED_DIR = 'rules/';

export interface DocPage {
  frontMatter: Record<string, unknown>;
  body: string;
}

export function readDoc(file: string): DocPage {
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return { frontMatter: {}, body: text };
  return {
    frontMatter: (parseYaml(match[1]) ?? {}) as Record<string, unknown>,
    body: text.slice(match[0].length),
  };
}

export interface CodeBlock {
  lang: string;
  meta: string;
  code: string;
}

/** The outline of a page that must match across locales: headings, admonitions, code blocks. */
export interface Outline {
  headings: string[];
  admonitions: string[];
  code: CodeBlock[];
}

export function outline(body: string): Outline {
  const headings: string[] = [];
  const admonitions: string[] = [];
  const code: CodeBlock[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)\s*(.*)$/.exec(lines[i]);
    if (fence) {
      const [, indent, marker, lang, meta] = fence;
      const content: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trimStart().startsWith(marker)) {
        content.push(lines[i].startsWith(indent) ? lines[i].slice(indent.length) : lines[i]);
        i++;
      }
      code.push({ lang: lang.toLowerCase(), meta: meta.trim(), code: content.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s/.exec(lines[i]);
    if (heading) headings.push(heading[1]);
    const admonition = /^\s*:::(\w+)/.exec(lines[i]);
    if (admonition) admonitions.push(admonition[1]);
  }
  return { headings, admonitions, code };
}

/** Dockerfile code with comment lines removed: comments may be translated, instructions may not. */
export function dockerfileWithoutComments(code: string): string {
  return code
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .trim();
}
