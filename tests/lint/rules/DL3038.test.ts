import rule from '../../../src/lint/rules/DL3038';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // checks the `in` alias and accepts --assumeyes
    { code: 'RUN dnf --assumeyes in tar-1.34 && dnf clean all\n', onbuild: true },
    // ignores other verbs and similarly named commands
    { code: 'RUN dnf remove tar && notdnf install x\n', onbuild: true },
  ],
  invalid: [
    // points at `dnf install`, naming the tool
    {
      code: 'RUN microdnf install tar-1.34 && microdnf clean all\n',
      onbuild: true,
      errors: [
        { line: 1, column: 5, endLine: 1, endColumn: 21, messageKey: 'noYes', data: { tool: 'microdnf' } },
      ],
    },
    // checks the `in` alias and accepts --assumeyes
    {
      code: 'RUN dnf in tar-1.34 && dnf clean all\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 11, messageKey: 'noYes', data: { tool: 'dnf' } }],
    },
  ],
});
