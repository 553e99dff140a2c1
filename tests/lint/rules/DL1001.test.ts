import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/DL1001';
import { ruleTester } from './_harness';
import { findings } from './_helpers';

ruleTester(rule, {
  valid: [
    // ignores global and stage pragmas and shell pragmas
    {
      code: '# hadolint global ignore=DL3003\n# hadolint shell=bash\nFROM debian:12-slim\n# hadolint stage ignore=DL3004\nRUN cd /x\n',
      includeOff: true,
    },
    // is off by default
    'FROM debian:12-slim\n# hadolint ignore=DL3003\nRUN cd /x\n',
  ],
  invalid: [
    // reports each inline ignore pragma on its own line
    {
      code: 'FROM debian:12-slim\n# hadolint ignore=DL3003\nRUN cd /x\n# hadolint ignore=DL3004\nRUN sudo ls\n',
      includeOff: true,
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 25,
          messageKey: 'inlineIgnore',
          data: { rules: 'DL3003' },
        },
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 25,
          messageKey: 'inlineIgnore',
          data: { rules: 'DL3004' },
        },
      ],
    },
  ],
});

describe('DL1001 default', () => {
  it('is off by default', () => {
    expect(findings('FROM debian:12-slim\n# hadolint ignore=DL3003\nRUN cd /x\n', 'DL1001')).toEqual([]);
  });
});
