import rule from '../../../src/lint/rules/SecretsUsedInArgOrEnv';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // matches whole `_`-separated words only, case-insensitively
    { code: 'ARG TOKENIZER\n', onbuild: ['ARG', 'ENV'] },
    { code: 'ARG MONKEY\n', onbuild: ['ARG', 'ENV'] },
    { code: 'ARG AUTHOR\n', onbuild: ['ARG', 'ENV'] },
    { code: 'ARG PUBLIC_KEY\n', onbuild: ['ARG', 'ENV'] },
    { code: 'ARG PASSWORD_FILE\n', onbuild: ['ARG', 'ENV'] },
    { code: 'ARG TOKEN_VERSION\n', onbuild: ['ARG', 'ENV'] },
    { code: 'ARG KEYRING\n', onbuild: ['ARG', 'ENV'] },
    // does not report a GPG/PGP key name holding public fingerprints
    {
      code: 'FROM python:3.13\nENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305\n',
      onbuild: ['ARG', 'ENV'],
    },
    {
      code: 'FROM alpine:3.20\nENV PGP_KEYS="0xA035C8C19219BA82 64E628F8D684696D"\n',
      onbuild: ['ARG', 'ENV'],
    },
  ],
  invalid: [
    // flags each secret-looking key on its own range
    {
      code: 'FROM alpine:3.20\nENV LOG_LEVEL=info DB_PASSWORD=x api_key=y\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 31,
          messageKey: 'secret',
          data: { instruction: 'ENV', name: 'DB_PASSWORD' },
          aliases: ['DL3064'],
        },
        {
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 41,
          messageKey: 'secret',
          data: { instruction: 'ENV', name: 'api_key' },
          aliases: ['DL3064'],
        },
      ],
    },
    // matches whole `_`-separated words only, case-insensitively
    {
      code: 'ARG GITHUB_TOKEN\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 17,
          messageKey: 'secret',
          data: { instruction: 'ARG', name: 'GITHUB_TOKEN' },
          aliases: ['DL3064'],
        },
      ],
    },
    {
      code: 'ARG Secret\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 11,
          messageKey: 'secret',
          data: { instruction: 'ARG', name: 'Secret' },
          aliases: ['DL3064'],
        },
      ],
    },
    {
      code: 'ARG AUTH\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 9,
          messageKey: 'secret',
          data: { instruction: 'ARG', name: 'AUTH' },
          aliases: ['DL3064'],
        },
      ],
    },
    {
      code: 'ARG AWS_ACCESS_KEY_ID\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 22,
          messageKey: 'secret',
          data: { instruction: 'ARG', name: 'AWS_ACCESS_KEY_ID' },
          aliases: ['DL3064'],
        },
      ],
    },
    {
      code: 'ARG my_passwd\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 14,
          messageKey: 'secret',
          data: { instruction: 'ARG', name: 'my_passwd' },
          aliases: ['DL3064'],
        },
      ],
    },
    {
      code: 'ARG CREDENTIALS\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 16,
          messageKey: 'secret',
          data: { instruction: 'ARG', name: 'CREDENTIALS' },
          aliases: ['DL3064'],
        },
      ],
    },
    // checks global ARGs, legacy ENV and ONBUILD, like hadolint
    {
      code: 'ARG NPM_TOKEN\nFROM alpine:3.20\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 14,
          messageKey: 'secret',
          data: { instruction: 'ARG', name: 'NPM_TOKEN' },
          aliases: ['DL3064'],
        },
      ],
    },
    {
      code: 'ENV API_TOKEN abc def\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 14,
          messageKey: 'secret',
          data: { instruction: 'ENV', name: 'API_TOKEN' },
          aliases: ['DL3064'],
        },
      ],
    },
    {
      code: 'FROM alpine:3.20\nONBUILD ENV SECRET=x\n',
      errors: [
        {
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 19,
          messageKey: 'secret',
          data: { instruction: 'ENV', name: 'SECRET' },
          aliases: ['DL3064'],
        },
      ],
    },
    // reports on the instruction line for a key on a continuation line
    {
      code: 'ENV A=1 \\\n    SECRET=2\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 2,
          endColumn: 11,
          messageKey: 'secret',
          data: { instruction: 'ENV', name: 'SECRET' },
          aliases: ['DL3064'],
        },
      ],
    },
    // still reports a GPG key name without a value, or with a value that is not a fingerprint
    {
      code: 'FROM alpine:3.20\nARG GPG_KEY\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 12,
          messageKey: 'secret',
          data: { instruction: 'ARG', name: 'GPG_KEY' },
          aliases: ['DL3064'],
        },
      ],
    },
    {
      code: 'FROM alpine:3.20\nENV GPG_KEY=-----BEGIN\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 12,
          messageKey: 'secret',
          data: { instruction: 'ENV', name: 'GPG_KEY' },
          aliases: ['DL3064'],
        },
      ],
    },
    {
      code: 'FROM alpine:3.20\nENV API_KEY=7169605F62C751356D054A26A821E680E5FA6305\n',
      onbuild: ['ARG', 'ENV'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 12,
          messageKey: 'secret',
          data: { instruction: 'ENV', name: 'API_KEY' },
          aliases: ['DL3064'],
        },
      ],
    },
  ],
});
