import rule from '../../../src/lint/rules/DL3004';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // does not flag installing or configuring sudo
    { code: 'RUN apt-get install -y sudo && echo sudo\n', onbuild: true },
  ],
  invalid: [
    // points at sudo
    {
      code: 'RUN apt-get update && sudo make install\n',
      onbuild: true,
      errors: [{ line: 1, column: 23, endLine: 1, endColumn: 27, messageKey: 'sudo' }],
    },
    // finds sudo in subshells, command substitutions and exec form
    {
      code: 'RUN (sudo true)\n',
      onbuild: true,
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 10, messageKey: 'sudo' }],
    },
    {
      code: 'RUN echo $(sudo id -u)\n',
      onbuild: true,
      errors: [{ line: 1, column: 12, endLine: 1, endColumn: 16, messageKey: 'sudo' }],
    },
    {
      code: 'RUN ["/usr/bin/sudo", "true"]\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 30, messageKey: 'sudo' }],
    },
  ],
});
