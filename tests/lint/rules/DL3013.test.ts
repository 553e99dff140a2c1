import rule from '../../../src/lint/rules/DL3013';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // recognises pip variants and python -m pip
    { code: 'RUN python3 setup.py install\n', onbuild: true },
    { code: 'RUN pip download x\n', onbuild: true },
    // skips requirement and constraint files, in any spelling
    { code: 'RUN pip install -rrequirements.txt x\n', onbuild: true },
    { code: 'RUN pip install -Ur requirements.txt\n', onbuild: true },
    { code: 'RUN pip install --constraint=c.txt x\n', onbuild: true },
    // does not take option values for packages
    { code: 'RUN pip install --cache-dir /tmp/c --timeout 60 x==1\n', onbuild: true },
    // needs a ref after the path of a VCS URL
    { code: 'RUN pip install git+ssh://git@example.com/org/repo.git@v1#egg=repo\n', onbuild: true },
    // does not judge packages coming from variables
    { code: 'RUN pip install "$PKG"\n', onbuild: true },
  ],
  invalid: [
    // points at the first unpinned package and lists the others
    {
      code: 'RUN pip install --no-cache-dir flask==3.0.3 requests celery\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 53,
          messageKey: 'unpinned',
          data: { package: 'requests', more: ' (+ celery)' },
        },
      ],
    },
    // recognises pip variants and python -m pip
    {
      code: 'RUN pip3.12 install x\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 22,
          messageKey: 'unpinned',
          data: { package: 'x', more: '' },
        },
      ],
    },
    {
      code: 'RUN /usr/bin/python3 -m pip install x\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 38,
          messageKey: 'unpinned',
          data: { package: 'x', more: '' },
        },
      ],
    },
    {
      code: 'RUN python3 -m venv /v && /v/bin/pip install x\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 47,
          messageKey: 'unpinned',
          data: { package: 'x', more: '' },
        },
      ],
    },
    // skips requirement and constraint files, in any spelling
    {
      code: 'RUN pip install -e ./lib x\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 27,
          messageKey: 'unpinned',
          data: { package: 'x', more: '' },
        },
      ],
    },
    // needs a ref after the path of a VCS URL
    {
      code: 'RUN pip install git+ssh://git@example.com/org/repo.git\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 55,
          messageKey: 'unpinned',
          data: { package: 'git+ssh://git@example.com/org/repo.git', more: '' },
        },
      ],
    },
  ],
});
