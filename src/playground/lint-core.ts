/**
 * What the playground's Web Worker does, as plain functions (unit-tested in Node): lint a text with the
 * options of the page, the same way `camadas lint` does (same engine, same `.hadolint.yaml` parser),
 * and list the rule examples for the examples menu.
 */
import { stringify } from 'yaml';
import { type Config, exceedsThreshold, parseConfig, resolveConfig } from '../lint/config';
import { ENGINE_DIAGNOSTICS, lint } from '../lint/engine';
import { allRuleIds, rules } from '../lint/rules/index';
import { summarize } from '../lint/summary';
import type { Locale } from '../lint/types';
import type { ExamplesResponse, LintRequest, LintResponse, PlaygroundExample } from './protocol';

let knownIds: string[] | null = null;
function ids(): string[] {
  knownIds ??= [...allRuleIds(), ...ENGINE_DIAGNOSTICS.map((d) => d.id)];
  return knownIds;
}

export function runLint(request: LintRequest, now: () => number = () => Date.now()): LintResponse {
  const start = now();
  const parsed = request.configText.trim()
    ? parseConfig(request.configText, request.locale, { knownIds: ids() })
    : { config: {} as Config, diagnostics: [] };
  const config: Config = { ...parsed.config };
  const ignored = request.ignored.map((id) => id.trim()).filter(Boolean);
  if (ignored.length > 0) config.ignored = [...(config.ignored ?? []), ...ignored];
  if (request.threshold) config['failure-threshold'] = request.threshold;
  const diagnostics = lint(request.code, {
    locale: request.locale,
    config,
    dockerignore: request.dockerignore.trim() ? request.dockerignore : undefined,
  });
  const resolved = resolveConfig(config);
  return {
    type: 'lint',
    id: request.id,
    diagnostics,
    configDiagnostics: parsed.diagnostics,
    summary: summarize(request.code),
    threshold: resolved.failureThreshold,
    fails: exceedsThreshold(diagnostics, resolved),
    ms: now() - start,
  };
}

/** One example per bad example of every rule, with the configuration and .dockerignore it needs. */
export function listExamples(locale: Locale): ExamplesResponse {
  const examples: PlaygroundExample[] = [];
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    // An opt-in or experimental rule is switched on in the example's configuration (as in the rule tests).
    const config: Config | undefined =
      rule.severity === 'off' || rule.experimental
        ? { ...rule.examplesConfig, override: { ...rule.examplesConfig?.override, warning: [rule.id] } }
        : rule.examplesConfig;
    rule.examples.bad.forEach((code, i) => {
      examples.push({
        rule: rule.id,
        title: rule.examples.bad.length > 1 ? `${rule.title[locale]} (${i + 1})` : rule.title[locale],
        code,
        configText: config ? stringify(config) : '',
        dockerignore: rule.examplesDockerignore ?? '',
      });
    });
  }
  return { type: 'examples', examples, ruleIds: ids() };
}
