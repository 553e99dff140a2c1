import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const schema = {
  'label-schema': {
    src: 'url',
    created: 'rfc3339',
    rev: 'hash',
    version: 'semver',
    owner: 'email',
    title: 'text',
  },
} as const;
const rules = (text: string) =>
  lint(text, { locale: 'en', config: { ...schema } })
    .map((d) => d.rule)
    .filter((r) => /^DL305[1-8]$/.test(r));

// The value validators of DL3051–DL3058 (DL3054 has its own file).
describe('label value rules', () => {
  it('accept well-formed values', () => {
    expect(
      rules(
        'LABEL src="https://x.io/a?b=c#d" created="2024-02-29T23:59:60.5+05:30" rev="0123abc" version="2.0.0-rc.1+b.7" owner="a.b+c@d.example" title="x"\n',
      ),
    ).toEqual([]);
  });
  it('reject malformed values, one rule each', () => {
    expect(rules('LABEL src="x.io/a b"\n')).toEqual(['DL3052']);
    expect(rules('LABEL created="2023-02-29T10:00:00Z"\n')).toEqual(['DL3053']);
    expect(rules('LABEL created="2024-05-01"\n')).toEqual(['DL3053']);
    expect(rules('LABEL rev="0123ABC"\n')).toEqual(['DL3055']);
    expect(rules('LABEL version="01.2.3"\n')).toEqual(['DL3056']);
    expect(rules('LABEL owner="Ana <a@b.io>"\n')).toEqual(['DL3058']);
    expect(rules('LABEL title=""\n')).toEqual(['DL3051']);
  });
  it('report one finding per instruction, listing the other labels', () => {
    const d = lint('LABEL src=a created=b\nLABEL src=c\n', {
      locale: 'en',
      config: { 'label-schema': { src: 'url', other: 'url' } },
    }).filter((x) => x.rule === 'DL3052');
    expect(d.map((x) => x.line)).toEqual([1, 2]);
  });
});
