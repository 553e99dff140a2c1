/**
 * Which Dockerfile instructions (and guide topics) a rule concerns, for the guide's per-instruction
 * pages. Read from the rule file alone: its `instructions` metadata when set, else the keyword of every
 * instruction a bad example is reported on (an `ONBUILD RUN …` counts as ONBUILD and RUN). Nothing is
 * listed per page, so a new rule shows up on the right pages by itself.
 */
import { lint } from './engine';
import { buildModel } from './parse';
import type { Rule } from './types';

/** Topics of the guide that are not instructions (see `Rule.instructions`). */
export const GUIDE_TOPICS = ['file', 'variables', 'shell-and-exec-form', 'dockerignore'] as const;

/** Keywords of the instructions covering `line` (1-based): the instruction, and ONBUILD for a trigger. */
function keywordsAt(text: string, line: number): string[] {
  const model = buildModel(text);
  const hits = model.allInstructions.filter((i) => i.range.line <= line && line <= i.range.endLine);
  return [...new Set(hits.map((i) => i.keyword))];
}

/** The instructions and topics `rule` concerns, sorted: its metadata, else derived from its bad examples. */
export function ruleInstructions(rule: Rule): string[] {
  if (rule.instructions) return [...new Set(rule.instructions)].sort();
  const found = new Set<string>();
  const ids = new Set([rule.id, ...(rule.aliases ?? [])]);
  for (const example of rule.examples.bad) {
    const diagnostics = lint(example, {
      config: rule.examplesConfig,
      dockerignore: rule.examplesDockerignore,
      includeOff: true,
      rules: [rule],
    });
    for (const d of diagnostics) {
      if (!ids.has(d.rule)) continue;
      for (const keyword of keywordsAt(example, d.line)) found.add(keyword);
    }
  }
  return [...found].sort();
}

/** For every instruction or topic, the ids of the rules that concern it, in the order of `rules`. */
export function rulesByInstruction(rules: readonly Rule[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const rule of rules) {
    for (const name of ruleInstructions(rule)) {
      const list = byName.get(name) ?? [];
      list.push(rule.id);
      byName.set(name, list);
    }
  }
  return byName;
}
