/**
 * Docusaurus plugin: publishes, as global data, the rules that concern each Dockerfile instruction and
 * guide topic, in the locale being built. `<RulesForInstruction name="COPY" />` (src/components) reads
 * it, so the guide's "site rules" lists come from the rule files and are never typed by hand.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { rulesByInstruction } from '../../src/lint/rule-instructions';
import { rules as registeredRules } from '../../src/lint/rules/index';
import type { Locale, Rule } from '../../src/lint/types';

export const PLUGIN_NAME = 'rule-instructions';

export interface RuleSummary {
  id: string;
  title: string;
  severity: Rule['severity'];
}

/** Instruction keyword or guide topic → the rules that concern it. */
export type RulesByInstructionData = Record<string, RuleSummary[]>;

/** hadolint ids in numeric order, then BuildKit names, then Camadas rules (as in the rule index). */
function byOrigin(a: Rule, b: Rule): number {
  const rank = (r: Rule) => (r.origin === 'hadolint' ? 0 : r.origin === 'buildkit' ? 1 : 2);
  return rank(a) - rank(b) || a.id.localeCompare(b.id);
}

export function rulesByInstructionData(
  locale: Locale,
  rules: readonly Rule[] = registeredRules,
): RulesByInstructionData {
  const sorted = [...rules].sort(byOrigin);
  const byId = new Map(sorted.map((r) => [r.id, r]));
  const data: RulesByInstructionData = {};
  for (const [name, ids] of rulesByInstruction(sorted)) {
    data[name] = ids.flatMap((id) => {
      const rule = byId.get(id);
      return rule ? [{ id, title: rule.title[locale], severity: rule.severity }] : [];
    });
  }
  return data;
}

export default function ruleInstructionsPlugin(context: LoadContext): Plugin<RulesByInstructionData> {
  const locale: Locale = context.i18n.currentLocale === 'en' ? 'en' : 'pt-BR';
  return {
    name: PLUGIN_NAME,
    async loadContent() {
      return rulesByInstructionData(locale);
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
