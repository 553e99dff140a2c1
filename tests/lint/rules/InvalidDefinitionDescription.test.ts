import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

const on = '# check=experimental=InvalidDefinitionDescription\n';

describe('InvalidDefinitionDescription', () => {
  it('is experimental: off without the check directive', () => {
    expect(lines('# what\nARG X=1\nFROM alpine:3.20\n', 'InvalidDefinitionDescription')).toEqual([]);
  });
  it('reports ARG and FROM … AS whose comment does not start with the name', () => {
    const text = `${on}# not a description\nARG X=1\n# builder stage\nFROM alpine:3.20 AS build\n`;
    const ds = findings(text, 'InvalidDefinitionDescription');
    expect(ds.map((d) => d.line)).toEqual([3, 5]);
    expect(ds[0].message).toContain('# X <description>');
    expect(ds[1].message).toContain('# build <description>');
  });
  it('accepts a comment that starts with the name; stage names compare lowercased', () => {
    expect(
      lines(
        `${on}# X the x\nARG X=1\n# build the binary\nFROM alpine:3.20 AS Build\n`,
        'InvalidDefinitionDescription',
      ),
    ).toEqual([]);
  });
  it('uses <arg_key> for an ARG with several keys; any of them is accepted', () => {
    expect(findings(`${on}# nope\nARG A=1 B=2\n`, 'InvalidDefinitionDescription')[0].message).toContain(
      '<arg_key>',
    );
    expect(lines(`${on}# B the b\nARG A=1 B=2\n`, 'InvalidDefinitionDescription')).toEqual([]);
  });
  it('an empty line or a bare # between comment and instruction cancels the description', () => {
    expect(
      lines(`${on}# general notes\n\nARG X=1\n# notes\n#\nARG Y=1\n`, 'InvalidDefinitionDescription'),
    ).toEqual([]);
  });
  it('ignores FROM without AS and other instructions', () => {
    expect(
      lines(`${on}# base\nFROM alpine:3.20\n# copy it\nCOPY a /a\n`, 'InvalidDefinitionDescription'),
    ).toEqual([]);
  });
  it('only the closest comment line counts', () => {
    expect(lines(`${on}# X the x\n# more words\nARG X=1\n`, 'InvalidDefinitionDescription')).toEqual([4]);
  });
});
