import rule from '../../../src/lint/rules/DL3044';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // understands ${A:-x}, escapes and single quotes
    'ENV A=1 B=\\$A\n',
    "ENV A=1 B='$A'\n",
    'ENV A=1 B=$AB\n',
    // accepts variables defined earlier in the stage scope
    'FROM debian:12\nARG A\nENV A=1 B=$A\n',
    'FROM debian:12 AS base\nENV A=0\nFROM base\nENV A=1 B=$A\n',
  ],
  invalid: [
    // points at the value that uses the variable
    {
      code: 'ENV A=1 B=$A/x\n',
      errors: [
        { line: 1, column: 11, endLine: 1, endColumn: 15, messageKey: 'selfReference', data: { name: 'A' } },
      ],
    },
    // understands ${A:-x}, escapes and single quotes
    {
      code: 'ENV A=1 B=${A:-0}\n',
      errors: [
        { line: 1, column: 11, endLine: 1, endColumn: 18, messageKey: 'selfReference', data: { name: 'A' } },
      ],
    },
    // uses the stage scope: a variable of an unrelated stage does not count
    {
      code: 'FROM debian:12\nENV A=0\nFROM debian:12\nENV A=1 B=$A\n',
      errors: [
        { line: 4, column: 11, endLine: 4, endColumn: 13, messageKey: 'selfReference', data: { name: 'A' } },
      ],
    },
  ],
});
