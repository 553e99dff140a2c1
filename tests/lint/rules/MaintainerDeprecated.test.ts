import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/lint/fixes';
import rule from '../../../src/lint/rules/MaintainerDeprecated';
import { ruleTester } from './_harness';
import { findings } from './_helpers';

ruleTester(rule, {
  valid: [
    // accepts the label
    'LABEL org.opencontainers.image.authors="ana"\n',
    // rewrites MAINTAINER as the OCI authors label, and the finding goes
    'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ana Souza <ana@example.com>"\nRUN true\n',
  ],
  invalid: [
    // flags the MAINTAINER keyword and suggests the OCI label with the author
    {
      code: 'FROM alpine:3.20\nmaintainer "Ana" <ana@example.com>\n',
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 11,
          messageKey: 'deprecated',
          data: { author: '\\"Ana\\" <ana@example.com>' },
          aliases: ['DL4000'],
        },
      ],
      output: null,
    },
    // flags a MAINTAINER before FROM and in fragments
    {
      code: 'MAINTAINER ana\nFROM alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          messageKey: 'deprecated',
          data: { author: 'ana' },
          aliases: ['DL4000'],
        },
      ],
      output: 'LABEL org.opencontainers.image.authors="ana"\nFROM alpine:3.20\n',
    },
    {
      code: 'MAINTAINER ana\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          messageKey: 'deprecated',
          data: { author: 'ana' },
          aliases: ['DL4000'],
        },
      ],
      output: 'LABEL org.opencontainers.image.authors="ana"\n',
    },
    // rewrites MAINTAINER as the OCI authors label, and the finding goes
    {
      code: 'FROM alpine:3.20\nMAINTAINER Ana Souza <ana@example.com>\nRUN true\n',
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 11,
          messageKey: 'deprecated',
          data: { author: 'Ana Souza <ana@example.com>' },
          aliases: ['DL4000'],
        },
      ],
      output:
        'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ana Souza <ana@example.com>"\nRUN true\n',
    },
    // offers no fix where LABEL would read the author differently or the instruction spans lines
    {
      code: 'MAINTAINER $USER\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          messageKey: 'deprecated',
          data: { author: '$USER' },
          aliases: ['DL4000'],
        },
      ],
      output: null,
    },
    {
      code: 'MAINTAINER a\\b\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          messageKey: 'deprecated',
          data: { author: 'a\\b' },
          aliases: ['DL4000'],
        },
      ],
      output: null,
    },
    {
      code: 'MAINTAINER Ana "A" Souza\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          messageKey: 'deprecated',
          data: { author: 'Ana \\"A\\" Souza' },
          aliases: ['DL4000'],
        },
      ],
      output: null,
    },
    {
      code: 'MAINTAINER ana \\\n  souza\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          messageKey: 'deprecated',
          data: { author: 'ana   souza' },
          aliases: ['DL4000'],
        },
      ],
      output: null,
    },
    {
      code: 'MAINTAINER\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          messageKey: 'deprecated',
          data: { author: '…' },
          aliases: ['DL4000'],
        },
      ],
      output: null,
    },
  ],
});

describe('MaintainerDeprecated fix', () => {
  it('rewrites MAINTAINER as the OCI authors label, and the finding goes', () => {
    const text = 'FROM alpine:3.20\nMAINTAINER Ana Souza <ana@example.com>\nRUN true\n';
    const ds = findings(text, 'MaintainerDeprecated');
    expect(ds[0].fix?.edits).toHaveLength(1);
    const fixed = applyFixes(text, ds).text;
    expect(fixed).toBe(
      'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ana Souza <ana@example.com>"\nRUN true\n',
    );
    expect(findings(fixed, 'MaintainerDeprecated')).toEqual([]);
  });
});
