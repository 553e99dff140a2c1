/**
 * remark-dockerfile-lint: checks every ```dockerfile / docker / containerfile block of a page with the
 * Camadas lint engine and hands the result to the theme (<DockerfileExample>). Failing the build is the
 * job of the build gate (gate.ts), which checks every file of every locale from disk: Docusaurus's
 * MDX loader drops `file.message()`, turns `file.fail()` into a JSON dump, builds one locale at a time
 * and may serve unchanged pages from the bundler's persistent cache, so a remark plugin alone cannot
 * report "every violation of every file" reliably.
 */
import type { Root } from 'mdast';
import type { Locale } from '../../src/lint/types';
import { lintTree } from '../../src/snippets/lint-tree';

export interface RemarkDockerfileLintOptions {
  /** Locale of the messages shown to readers (the locale being built). */
  locale?: Locale;
}

export default function remarkDockerfileLint(options: RemarkDockerfileLintOptions = {}) {
  const locale: Locale = options.locale ?? 'pt-BR';
  return (tree: Root) => {
    lintTree(tree, { locale, attach: true });
  };
}
