/**
 * What a rule's examples need around them to fire, as the playground's option boxes hold it: the
 * `.hadolint.yaml` text (the rule's `examplesConfig`, with an opt-in or experimental rule switched on,
 * as the rule tests do) and the `.dockerignore`. Shared by the examples menu and the rule pages' links.
 */
import { stringify } from 'yaml';
import type { Config } from '../lint/config';
import type { Rule } from '../lint/types';

export interface RuleExampleContext {
  configText: string;
  dockerignore: string;
}

export function ruleExampleContext(rule: Rule): RuleExampleContext {
  const config: Config | undefined =
    rule.severity === 'off' || rule.experimental
      ? { ...rule.examplesConfig, override: { ...rule.examplesConfig?.override, warning: [rule.id] } }
      : rule.examplesConfig;
  return { configText: config ? stringify(config) : '', dockerignore: rule.examplesDockerignore ?? '' };
}
