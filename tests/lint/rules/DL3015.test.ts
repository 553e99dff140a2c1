import rule from '../../../src/lint/rules/DL3015';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts the flag and the apt option in its spellings
    { code: 'RUN apt-get -y --no-install-recommends install a\n', onbuild: true },
    { code: 'RUN apt-get -y -o APT::Install-Recommends=false install a\n', onbuild: true },
    { code: 'RUN apt-get -y -oAPT::Install-Recommends=0 install a\n', onbuild: true },
    { code: 'RUN apt-get -y --option=apt::install-recommends=no install a\n', onbuild: true },
    // ignores a simulation (`apt-get install -s`), which installs nothing
    { code: 'FROM debian:12\nRUN apt-get install -s pkg\n', onbuild: true },
  ],
  invalid: [
    // flags the install without it, once per RUN, in ONBUILD too
    {
      code: 'RUN apt-get install -y a && apt-get install -y b\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 25, messageKey: 'recommends' }],
      output: 'RUN apt-get install --no-install-recommends -y a && apt-get install -y b\n',
    },
    {
      code: 'FROM debian:12-slim\nONBUILD RUN apt-get install -y a\n',
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 33, messageKey: 'recommends' }],
      output: 'FROM debian:12-slim\nONBUILD RUN apt-get install --no-install-recommends -y a\n',
    },
    {
      code: 'RUN apt-get -o APT::Install-Recommends=true install -y a\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 57, messageKey: 'recommends' }],
      output: 'RUN apt-get -o APT::Install-Recommends=true install --no-install-recommends -y a\n',
    },
    // ignores a simulation (`apt-get install -s`), which installs nothing
    {
      code: 'FROM debian:12\nRUN apt-get install -y pkg\n',
      onbuild: true,
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 27, messageKey: 'recommends' }],
      output: 'FROM debian:12\nRUN apt-get install --no-install-recommends -y pkg\n',
    },
  ],
});
