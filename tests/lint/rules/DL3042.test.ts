import rule from '../../../src/lint/rules/DL3042';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // finds python -m pip and skips pipx / pipenv / other pip commands
    { code: 'RUN pipx install black && pipenv install && pip freeze\n', onbuild: true },
    // honours PIP_NO_CACHE_DIR from ARG/ENV (latest value) and exported in the RUN
    { code: 'ARG PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n', onbuild: true },
    { code: 'RUN export PIP_NO_CACHE_DIR=yes; pip install flask==3.0.3\n', onbuild: true },
    // accepts a cache mount on the pip cache of any user
    { code: 'RUN --mount=type=cache,target=/home/app/.cache/pip pip install flask==3.0.3\n', onbuild: true },
  ],
  invalid: [
    // points at `pip install`
    {
      code: 'RUN pip3 install flask==3.0.3\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 17, messageKey: 'cacheDir' }],
      output: 'RUN pip3 install --no-cache-dir flask==3.0.3\n',
    },
    // finds python -m pip and skips pipx / pipenv / other pip commands
    {
      code: 'RUN python3.12 -m pip install flask==3.0.3\n',
      onbuild: true,
      errors: [{ line: 1, column: 19, endLine: 1, endColumn: 30, messageKey: 'cacheDir' }],
      output: 'RUN python3.12 -m pip install --no-cache-dir flask==3.0.3\n',
    },
    // honours PIP_NO_CACHE_DIR from ARG/ENV (latest value) and exported in the RUN
    {
      code: 'ENV PIP_NO_CACHE_DIR=1\nENV PIP_NO_CACHE_DIR=0\nRUN pip install flask==3.0.3\n',
      onbuild: true,
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 16, messageKey: 'cacheDir' }],
      output: 'ENV PIP_NO_CACHE_DIR=1\nENV PIP_NO_CACHE_DIR=0\nRUN pip install --no-cache-dir flask==3.0.3\n',
    },
    {
      code: 'RUN PIP_NO_CACHE_DIR=1 && pip install flask==3.0.3\n',
      onbuild: true,
      errors: [{ line: 1, column: 27, endLine: 1, endColumn: 38, messageKey: 'cacheDir' }],
      output: 'RUN PIP_NO_CACHE_DIR=1 && pip install --no-cache-dir flask==3.0.3\n',
    },
  ],
});
