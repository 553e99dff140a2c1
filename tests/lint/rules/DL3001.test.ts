import rule from '../../../src/lint/rules/DL3001';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // does not flag packages or arguments with those names
    { code: 'RUN apt-get install -y openssh-client ssh vim\n', onbuild: true },
    { code: 'RUN echo kill\n', onbuild: true },
    // accepts kill of a process started in the background in the same RUN
    {
      code: 'FROM postgres:17\nRUN postgres & pid=$!; sleep 5; psql -c "select 1"; kill $pid\n',
      onbuild: true,
    },
  ],
  invalid: [
    // points at the command name and lists the others
    {
      code: 'RUN ps aux && /usr/bin/top -b -n 1\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 7,
          messageKey: 'pointless',
          data: { command: 'ps', more: ' (+ top)' },
        },
      ],
    },
    // checks exec form and ONBUILD triggers
    {
      code: 'RUN ["service", "nginx", "start"]\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 34,
          messageKey: 'pointless',
          data: { command: 'service', more: '' },
        },
      ],
    },
    {
      code: 'FROM debian:12-slim\nONBUILD RUN mount /dev/sda1 /mnt\n',
      errors: [
        {
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 18,
          messageKey: 'pointless',
          data: { command: 'mount', more: '' },
        },
      ],
    },
    // accepts kill of a process started in the background in the same RUN
    {
      code: 'FROM debian:12\nRUN kill 1\n',
      onbuild: true,
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 9,
          messageKey: 'pointless',
          data: { command: 'kill', more: '' },
        },
      ],
    },
  ],
});
