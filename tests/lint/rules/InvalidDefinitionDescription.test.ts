import rule from '../../../src/lint/rules/InvalidDefinitionDescription';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // is experimental: off without the check directive
    '# what\nARG X=1\nFROM alpine:3.20\n',
    // accepts a comment that starts with the name; stage names compare lowercased
    '# check=experimental=InvalidDefinitionDescription\n# X the x\nARG X=1\n# build the binary\nFROM alpine:3.20 AS Build\n',
    // uses <arg_key> for an ARG with several keys; any of them is accepted
    '# check=experimental=InvalidDefinitionDescription\n# B the b\nARG A=1 B=2\n',
    // an empty line or a bare # between comment and instruction cancels the description
    '# check=experimental=InvalidDefinitionDescription\n# general notes\n\nARG X=1\n# notes\n#\nARG Y=1\n',
    // ignores FROM without AS and other instructions
    '# check=experimental=InvalidDefinitionDescription\n# base\nFROM alpine:3.20\n# copy it\nCOPY a /a\n',
  ],
  invalid: [
    // reports ARG and FROM … AS whose comment does not start with the name
    {
      code: '# check=experimental=InvalidDefinitionDescription\n# not a description\nARG X=1\n# builder stage\nFROM alpine:3.20 AS build\n',
      errors: [
        { line: 3, column: 5, endLine: 3, endColumn: 8, messageKey: 'arg', data: { name: 'X' } },
        { line: 5, column: 21, endLine: 5, endColumn: 26, messageKey: 'stage', data: { name: 'build' } },
      ],
    },
    // uses <arg_key> for an ARG with several keys; any of them is accepted
    {
      code: '# check=experimental=InvalidDefinitionDescription\n# nope\nARG A=1 B=2\n',
      errors: [
        { line: 3, column: 5, endLine: 3, endColumn: 12, messageKey: 'arg', data: { name: '<arg_key>' } },
      ],
    },
    // only the closest comment line counts
    {
      code: '# check=experimental=InvalidDefinitionDescription\n# X the x\n# more words\nARG X=1\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 8, messageKey: 'arg', data: { name: 'X' } }],
    },
  ],
});
