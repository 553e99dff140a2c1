import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_TOPICS, ruleInstructions, rulesByInstruction } from '../../src/lint/rule-instructions';
import { ruleById, rules } from '../../src/lint/rules/index';
import type { Rule } from '../../src/lint/types';
import { enDocsDir, isDocPage, listFiles, ptDocsDir } from '../content/docs-tree';

const KEYWORDS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
];
const known = new Set<string>([...KEYWORDS, ...GUIDE_TOPICS]);
const rule = (id: string): Rule => {
  const found = ruleById(id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe('the instructions each rule concerns', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s concerns at least one known page', (_id, r) => {
    const names = ruleInstructions(r);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(known, name).toContain(name);
  });

  it('derives them from the lines its bad examples are reported on', () => {
    expect(ruleInstructions(rule('DL3006'))).toEqual(['FROM']);
    expect(ruleInstructions(rule('WorkdirRelativePath'))).toEqual(['WORKDIR']);
    expect(ruleInstructions(rule('MaintainerDeprecated'))).toEqual(['MAINTAINER']);
  });

  it('counts an ONBUILD trigger as both ONBUILD and the wrapped instruction', () => {
    const sudo = rule('DL3004');
    const onbuild: Rule = {
      ...sudo,
      instructions: undefined,
      examples: { bad: ['FROM alpine:3.22\nONBUILD RUN sudo make install'], good: [] },
    };
    expect(ruleInstructions(onbuild)).toEqual(['ONBUILD', 'RUN']);
  });

  it('takes the rule metadata instead when the rule sets it', () => {
    expect(ruleInstructions(rule('ConsistentInstructionCasing'))).toEqual(['file']);
    expect(ruleInstructions(rule('JSONArgsRecommended'))).toContain('HEALTHCHECK');
  });

  it('groups rules by instruction, each rule listed under each of its pages', () => {
    const byName = rulesByInstruction(rules);
    expect(byName.get('FROM')).toEqual(expect.arrayContaining(['DL3006', 'DL3007', 'StageNameCasing']));
    expect(byName.get('COPY')).toEqual(expect.arrayContaining(['DL3021', 'CopyIgnoredFile']));
    expect(byName.get('dockerignore')).toEqual(['CopyIgnoredFile']);
  });
});

describe('<RulesForInstruction> in the docs', () => {
  const uses = [ptDocsDir, enDocsDir].flatMap((dir) =>
    listFiles(dir, isDocPage).flatMap((page) =>
      [...readFileSync(join(dir, page), 'utf8').matchAll(/<RulesForInstruction\s+name="([^"]*)"/g)].map(
        (m) => ({ page: join(dir, page), name: m[1] }),
      ),
    ),
  );

  it('is used by the Dockerfile guide', () => {
    expect(uses.length).toBeGreaterThan(0);
  });

  it.each(uses)('$page names a known instruction or topic ($name)', ({ name }) => {
    expect(known).toContain(name);
  });
});
