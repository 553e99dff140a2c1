import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import rule from '../../../src/lint/rules/DL3052';
import { ruleTester } from './_harness';
import { ALL_LABEL_TYPES as schema } from './_label-schema';

ruleTester(rule, {
  valid: [
    // accept well-formed values
    {
      code: 'LABEL src="https://x.io/a?b=c#d" created="2024-02-29T23:59:60.5+05:30" rev="0123abc" version="2.0.0-rc.1+b.7" owner="a.b+c@d.example" title="x"\n',
      config: {
        'label-schema': {
          src: 'url',
          created: 'rfc3339',
          rev: 'hash',
          version: 'semver',
          owner: 'email',
          title: 'text',
        },
      },
    },
    // reject malformed values, one rule each
    {
      code: 'LABEL created="2023-02-29T10:00:00Z"\n',
      config: {
        'label-schema': {
          src: 'url',
          created: 'rfc3339',
          rev: 'hash',
          version: 'semver',
          owner: 'email',
          title: 'text',
        },
      },
    },
    {
      code: 'LABEL created="2024-05-01"\n',
      config: {
        'label-schema': {
          src: 'url',
          created: 'rfc3339',
          rev: 'hash',
          version: 'semver',
          owner: 'email',
          title: 'text',
        },
      },
    },
    {
      code: 'LABEL rev="0123ABC"\n',
      config: {
        'label-schema': {
          src: 'url',
          created: 'rfc3339',
          rev: 'hash',
          version: 'semver',
          owner: 'email',
          title: 'text',
        },
      },
    },
    {
      code: 'LABEL version="01.2.3"\n',
      config: {
        'label-schema': {
          src: 'url',
          created: 'rfc3339',
          rev: 'hash',
          version: 'semver',
          owner: 'email',
          title: 'text',
        },
      },
    },
    {
      code: 'LABEL owner="Ana <a@b.io>"\n',
      config: {
        'label-schema': {
          src: 'url',
          created: 'rfc3339',
          rev: 'hash',
          version: 'semver',
          owner: 'email',
          title: 'text',
        },
      },
    },
    {
      code: 'LABEL title=""\n',
      config: {
        'label-schema': {
          src: 'url',
          created: 'rfc3339',
          rev: 'hash',
          version: 'semver',
          owner: 'email',
          title: 'text',
        },
      },
    },
  ],
  invalid: [
    // reject malformed values, one rule each
    {
      code: 'LABEL src="x.io/a b"\n',
      config: {
        'label-schema': {
          src: 'url',
          created: 'rfc3339',
          rev: 'hash',
          version: 'semver',
          owner: 'email',
          title: 'text',
        },
      },
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 21,
          messageKey: 'notUrl',
          data: { label: 'src', value: 'x.io/a b', more: '' },
        },
      ],
    },
    // report one finding per instruction, listing the other labels
    {
      code: 'LABEL src=a created=b\nLABEL src=c\n',
      config: { 'label-schema': { src: 'url', other: 'url' } },
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 12,
          messageKey: 'notUrl',
          data: { label: 'src', value: 'a', more: '' },
        },
        {
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 12,
          messageKey: 'notUrl',
          data: { label: 'src', value: 'c', more: '' },
        },
      ],
    },
  ],
});

describe('label value rules DL3051-DL3058 together', () => {
  it('report each malformed value by its own rule only', () => {
    const rules = (text: string) =>
      lint(text, { locale: 'en', config: { ...schema } })
        .map((d) => d.rule)
        .filter((r) => /^DL305[1-8]$/.test(r));
    expect(
      rules(
        'LABEL src="https://x.io/a?b=c#d" created="2024-02-29T23:59:60.5+05:30" rev="0123abc" version="2.0.0-rc.1+b.7" owner="a.b+c@d.example" title="x"\n',
      ),
    ).toEqual([]);
    expect(rules('LABEL src="x.io/a b"\n')).toEqual(['DL3052']);
    expect(rules('LABEL created="2023-02-29T10:00:00Z"\n')).toEqual(['DL3053']);
    expect(rules('LABEL created="2024-05-01"\n')).toEqual(['DL3053']);
    expect(rules('LABEL rev="0123ABC"\n')).toEqual(['DL3055']);
    expect(rules('LABEL version="01.2.3"\n')).toEqual(['DL3056']);
    expect(rules('LABEL owner="Ana <a@b.io>"\n')).toEqual(['DL3058']);
    expect(rules('LABEL title=""\n')).toEqual(['DL3051']);
  });
});
