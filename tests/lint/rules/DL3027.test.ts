import rule from '../../../src/lint/rules/DL3027';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts apt-get, apt-cache and `apt` as an argument
    { code: 'RUN apt-get update && apt-cache policy curl && echo apt\n', onbuild: true },
  ],
  invalid: [
    // points at the `apt` command, once per RUN
    {
      code: 'RUN apt update && apt install -y curl\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 8, messageKey: 'apt' }],
    },
    // finds /usr/bin/apt and apt in ONBUILD
    {
      code: 'ONBUILD RUN /usr/bin/apt install -y curl\n',
      errors: [{ line: 1, column: 13, endLine: 1, endColumn: 25, messageKey: 'apt' }],
    },
  ],
});
