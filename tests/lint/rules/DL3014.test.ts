import rule from '../../../src/lint/rules/DL3014';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts every spelling of assume-yes
    { code: 'RUN apt-get -y install a\n', onbuild: true },
    { code: 'RUN apt-get -qy install a\n', onbuild: true },
    { code: 'RUN apt-get --yes install a\n', onbuild: true },
    { code: 'RUN apt-get --assume-yes install a\n', onbuild: true },
    { code: 'RUN apt-get -qq install a\n', onbuild: true },
    { code: 'RUN apt-get -q -q install a\n', onbuild: true },
    { code: 'RUN apt-get -q=2 install a\n', onbuild: true },
    { code: 'RUN apt-get --quiet=2 install a\n', onbuild: true },
    { code: 'RUN apt-get -o APT::Get::Assume-Yes=true install a\n', onbuild: true },
    // only looks at the install subcommand
    { code: 'RUN apt-get update\n', onbuild: true },
    { code: 'RUN apt-get -o Dir::Cache=install remove a\n', onbuild: true },
    // ignores a simulation (`apt-get install -s`), which installs nothing
    {
      code: 'FROM debian:12\nRUN if apt-get install -s pkg > /dev/null 2>&1; then echo ok; fi\n',
      onbuild: true,
    },
    { code: 'FROM debian:12\nRUN apt-get install --dry-run pkg\n', onbuild: true },
  ],
  invalid: [
    // reports once per RUN
    {
      code: 'RUN apt-get install a && apt-get install b\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 22, messageKey: 'noYes' }],
      output: 'RUN apt-get install -y a && apt-get install b\n',
    },
    // sees the install after a command whose name is an Object.prototype key
    {
      code: 'RUN constructor && apt-get install a\n',
      onbuild: true,
      errors: [{ line: 1, column: 20, endLine: 1, endColumn: 37, messageKey: 'noYes' }],
      output: 'RUN constructor && apt-get install -y a\n',
    },
    // a single -q is not enough
    {
      code: 'RUN apt-get -q install a\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 25, messageKey: 'noYes' }],
      output: 'RUN apt-get -q install -y a\n',
    },
    // ignores a simulation (`apt-get install -s`), which installs nothing
    {
      code: 'FROM debian:12\nRUN apt-get install pkg\n',
      onbuild: true,
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 24, messageKey: 'noYes' }],
      output: 'FROM debian:12\nRUN apt-get install -y pkg\n',
    },
  ],
});
