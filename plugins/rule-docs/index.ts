/**
 * The rule reference pages as a Docusaurus plugin. `loadContent` writes the pages of every rule
 * (plugins/rule-docs/generate.ts) and returns what it did; `npm start` watches the rule files and,
 * when one changes, loads them again and rewrites the pages, which the docs plugin then picks up.
 *
 * Docusaurus runs the `loadContent` of all plugins at the same time, and the docs plugin reads docs/
 * as soon as its own starts; so the pages are also written once when the plugin is created (after
 * the configuration is read, before any content is loaded). Writing is idempotent: only files whose
 * content changed are written, and only files the generator owns (see writeRuleDocs).
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadFreshModule } from '@docusaurus/utils';
import { rules as registeredRules } from '../../src/lint/rules/index';
import type { Rule } from '../../src/lint/types';
import { type WriteReport, writeRuleDocs } from './generate';

export interface RuleDocsContent {
  pages: number;
  report: WriteReport;
}

const RULES_INDEX = join('src', 'lint', 'rules', 'index.ts');

function describe(report: WriteReport): string[] {
  return report.foreign.map(
    (path) =>
      `[camadas] rule-docs: ${path} exists and was not written by the generator; left as it is (move it away to get the generated page)`,
  );
}

function sync(siteDir: string, rules: readonly Rule[]): RuleDocsContent {
  const report = writeRuleDocs(siteDir, rules);
  for (const line of describe(report)) console.warn(line);
  return { pages: rules.length, report };
}

export default function ruleDocsPlugin(context: LoadContext): Plugin<RuleDocsContent> {
  const { siteDir } = context;
  sync(siteDir, registeredRules);
  let loads = 0;
  return {
    name: 'camadas-rule-docs',
    getPathsToWatch() {
      return [join(siteDir, 'src', 'lint', 'rules', '**', '*.ts')];
    },
    async loadContent() {
      loads++;
      // the first load uses the rules already imported; a reload (a rule file changed) reads them afresh
      let rules: readonly Rule[] = registeredRules;
      if (loads > 1) {
        const fresh = (await loadFreshModule(join(siteDir, RULES_INDEX))) as { rules?: readonly Rule[] };
        if (Array.isArray(fresh?.rules)) rules = fresh.rules;
      }
      return sync(siteDir, rules);
    },
  };
}
