/**
 * What the playground's Web Worker does, as plain functions (unit-tested in Node): lint a text with the
 * options of the page, the same way `camadas lint` does (same engine, same `.hadolint.yaml` parser),
 * and list the rule examples for the examples menu.
 */
import { type Config, exceedsThreshold, parseConfig, resolveConfig } from '../lint/config';
import { ENGINE_DIAGNOSTICS, lint } from '../lint/engine';
import { fixText } from '../lint/fixes';
import { allRuleIds, rules } from '../lint/rules/index';
import { summarize } from '../lint/summary';
import type { Locale } from '../lint/types';
import type {
  ExamplesResponse,
  FixAllRequest,
  FixAllResponse,
  LintRequest,
  LintResponse,
  PlaygroundExample,
} from './protocol';
import { ruleExampleContext } from './rule-example-context';

let knownIds: string[] | null = null;
function ids(): string[] {
  knownIds ??= [...allRuleIds(), ...ENGINE_DIAGNOSTICS.map((d) => d.id)];
  return knownIds;
}

interface PageOptions {
  config: Config;
  configDiagnostics: LintResponse['configDiagnostics'];
  dockerignore: string | undefined;
}

/** The engine options of the page: the `.hadolint.yaml` box, the ignore box and the threshold. */
function pageOptions(request: Omit<LintRequest, 'type' | 'id' | 'code'>): PageOptions {
  const parsed = request.configText.trim()
    ? parseConfig(request.configText, request.locale, { knownIds: ids() })
    : { config: {} as Config, diagnostics: [] };
  const config: Config = { ...parsed.config };
  const ignored = request.ignored.map((id) => id.trim()).filter(Boolean);
  if (ignored.length > 0) config.ignored = [...(config.ignored ?? []), ...ignored];
  if (request.threshold) config['failure-threshold'] = request.threshold;
  return {
    config,
    configDiagnostics: parsed.diagnostics,
    dockerignore: request.dockerignore.trim() ? request.dockerignore : undefined,
  };
}

export function runLint(request: LintRequest, now: () => number = () => Date.now()): LintResponse {
  const start = now();
  const { config, configDiagnostics, dockerignore } = pageOptions(request);
  // Diagnostics carry their safe `fix` (if any) as the engine gives it: the page offers it.
  const diagnostics = lint(request.code, { locale: request.locale, config, dockerignore });
  const resolved = resolveConfig(config);
  const { instructions: _perInstruction, ...summary } = summarize(request.code);
  return {
    type: 'lint',
    version: 0,
    id: request.id,
    diagnostics,
    configDiagnostics,
    summary,
    threshold: resolved.failureThreshold,
    fails: exceedsThreshold(diagnostics, resolved),
    ms: now() - start,
  };
}

/**
 * "Fix all": apply every safe fix the engine offers with the page's options, linting again between
 * rounds (the engine's `fixText`), and send back the fixed text for one undoable edit in the page.
 */
export function runFixAll(request: FixAllRequest): FixAllResponse {
  const { config, dockerignore } = pageOptions(request);
  const result = fixText(request.code, { locale: request.locale, config, dockerignore });
  return { type: 'fixAll', id: request.id, text: result.text, applied: result.fixed };
}

/** One example per bad example of every rule, with the configuration and .dockerignore it needs. */
export function listExamples(locale: Locale): ExamplesResponse {
  const examples: PlaygroundExample[] = [];
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    const context = ruleExampleContext(rule);
    rule.examples.bad.forEach((code, i) => {
      examples.push({
        rule: rule.id,
        title: rule.examples.bad.length > 1 ? `${rule.title[locale]} (${i + 1})` : rule.title[locale],
        code,
        ...context,
      });
    });
  }
  return { type: 'examples', examples, ruleIds: ids() };
}
