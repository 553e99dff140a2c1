import rule from '../../../src/lint/rules/DL3046';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // reads --uid=, -uNNN and --no-log-init
    { code: 'RUN useradd --no-log-init --uid 123456 app\n', onbuild: true },
    { code: 'RUN useradd -lu 123456 app\n', onbuild: true },
    // resolves a UID held in the file’s own ARG/ENV (useradd -u $GF_UID with GF_UID=472 is short)
    { code: 'FROM debian:12\nARG GF_UID=472\nRUN useradd -u $GF_UID grafana\n', onbuild: true },
    {
      code: 'FROM debian:12\nARG UID=1200\nENV SEL_UID=${UID}\nRUN useradd --uid ${SEL_UID} sel\n',
      onbuild: true,
    },
    // does not guess a UID whose value the file does not define
    { code: 'FROM debian:12\nRUN useradd -u $SOME_UID a\n', onbuild: true },
  ],
  invalid: [
    // points at the UID
    {
      code: 'RUN useradd -u 123456 app\n',
      onbuild: true,
      errors: [
        { line: 1, column: 16, endLine: 1, endColumn: 22, messageKey: 'noLogInit', data: { uid: '123456' } },
      ],
    },
    // reads --uid=, -uNNN and --no-log-init
    {
      code: 'RUN useradd --uid=123456 app\n',
      onbuild: true,
      errors: [
        { line: 1, column: 13, endLine: 1, endColumn: 25, messageKey: 'noLogInit', data: { uid: '123456' } },
      ],
    },
    {
      code: 'RUN useradd -u123456 app\n',
      onbuild: true,
      errors: [
        { line: 1, column: 13, endLine: 1, endColumn: 21, messageKey: 'noLogInit', data: { uid: '123456' } },
      ],
    },
    // reports once per instruction
    {
      code: 'RUN useradd -u 123456 a && useradd -u 123457 b\n',
      onbuild: true,
      errors: [
        { line: 1, column: 16, endLine: 1, endColumn: 22, messageKey: 'noLogInit', data: { uid: '123456' } },
      ],
    },
    // resolves a UID held in the file’s own ARG/ENV (useradd -u $GF_UID with GF_UID=472 is short)
    {
      code: 'FROM debian:12\nARG BIG=1234567\nRUN useradd -u $BIG a\n',
      onbuild: true,
      errors: [
        { line: 3, column: 16, endLine: 3, endColumn: 20, messageKey: 'noLogInit', data: { uid: '$BIG' } },
      ],
    },
  ],
});
