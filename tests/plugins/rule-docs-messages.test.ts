import { describe, expect, it } from 'vitest';
import { readableTemplate, ruleDocFiles } from '../../plugins/rule-docs/generate';

describe('the Messages section of the rule pages', () => {
  it('shows no raw {placeholder} to readers on any page', () => {
    for (const [path, text] of ruleDocFiles()) {
      const section = /## (?:Mensagens|Messages)\n([\s\S]*?)\n## /.exec(text)?.[1];
      if (!section) continue;
      expect(section, path).not.toMatch(/\{\w+\}|&#123;\w+&#125;/);
    }
  });

  it('drops optional tails, shows numbers as N and values as <name> in code or _name_ in prose', () => {
    expect(readableTemplate('use `{package}=<version>` instead of `{package}`{more}')).toBe(
      'use `<package>=<version>` instead of `<package>`',
    );
    expect(readableTemplate('`{command}` runs after `{copy}` (line {line})')).toBe(
      '`<command>` runs after `<copy>` (line N)',
    );
    expect(readableTemplate('Use the JSON form for `{instruction}`{suggestion}: x')).toBe(
      'Use the JSON form for `<instruction>`: x',
    );
    expect(readableTemplate('stage index {name} does not exist')).toBe('stage index _name_ does not exist');
  });
});
