import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import rule from '../../../src/lint/rules/CAM001';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // does not fire when the manifests are copied and installed before COPY . .
    {
      code: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n',
      onbuild: ['COPY', 'ADD'],
    },
    // does not fire when the install runs before any COPY
    {
      code: 'FROM python:3.12\nWORKDIR /app\nRUN pip install --no-cache-dir -r /tmp/r.txt\nCOPY . .\n',
      onbuild: ['COPY', 'ADD'],
    },
    // accepts the second phase of a two-phase install by the same tool
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY pnpm-lock.yaml ./\nRUN pnpm fetch\nCOPY . .\nRUN pnpm install --offline\n',
      onbuild: ['COPY', 'ADD'],
    },
    {
      code: 'FROM python:3.12\nWORKDIR /app\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root\nCOPY . .\nRUN poetry install --only-root\n',
      onbuild: ['COPY', 'ADD'],
    },
    // near misses: not a manifest install, not the whole context
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm install -g serve@14.2.1\n',
      onbuild: ['COPY', 'ADD'],
    },
    { code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm run build\n', onbuild: ['COPY', 'ADD'] },
    { code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN yarn add left-pad@1.3.0\n', onbuild: ['COPY', 'ADD'] },
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir .\n',
      onbuild: ['COPY', 'ADD'],
    },
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -e .\n',
      onbuild: ['COPY', 'ADD'],
    },
    { code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN go build ./...\n', onbuild: ['COPY', 'ADD'] },
    { code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n', onbuild: ['COPY', 'ADD'] },
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN poetry install --only-root\n',
      onbuild: ['COPY', 'ADD'],
    },
    { code: 'FROM node:20\nWORKDIR /app\nCOPY src/ ./src/\nRUN npm ci\n', onbuild: ['COPY', 'ADD'] },
    { code: 'FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci\n', onbuild: ['COPY', 'ADD'] },
    { code: 'FROM node:20\nWORKDIR /app\nCOPY --from=build . .\nRUN npm ci\n', onbuild: ['COPY', 'ADD'] },
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nRUN npm ci\n',
      onbuild: ['COPY', 'ADD'],
    },
    { code: 'FROM node:20\nWORKDIR /app\nCOPY <<EOF .\nhi\nEOF\nRUN npm ci\n', onbuild: ['COPY', 'ADD'] },
    { code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN echo npm ci\n', onbuild: ['COPY', 'ADD'] },
    // follows stage inheritance, not unrelated stages
    {
      code: 'FROM node:20 AS src\nWORKDIR /app\nCOPY . .\n\nFROM node:20 AS deps\nWORKDIR /app\nRUN npm ci\n',
      onbuild: ['COPY', 'ADD'],
    },
    // checks ONBUILD triggers against earlier triggers only
    'FROM node:20\nWORKDIR /app\nONBUILD COPY package*.json ./\nONBUILD RUN npm ci\nONBUILD COPY . .\n',
    'FROM node:20\nWORKDIR /app\nCOPY . .\nONBUILD RUN npm ci\n',
    // works on fragments
    { code: 'COPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\n', onbuild: ['COPY', 'ADD'] },
  ],
  invalid: [
    // points at the install command and names the COPY, its line and the manifests
    {
      code: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 11,
          messageKey: 'afterCopy',
          data: {
            command: 'npm ci',
            copy: 'COPY . .',
            line: '3',
            manifest: 'package.json package-lock.json',
          },
        },
      ],
    },
    // fires: COPY . /app then RUN npm install
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . /app\nRUN npm install\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 16,
          messageKey: 'afterCopy',
          data: {
            command: 'npm install',
            copy: 'COPY . /app',
            line: '3',
            manifest: 'package.json package-lock.json',
          },
        },
      ],
    },
    // fires: COPY ./ /app/ then RUN yarn install --frozen-lockfile
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY ./ /app/\nRUN yarn install --frozen-lockfile\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 35,
          messageKey: 'afterCopy',
          data: {
            command: 'yarn install --frozen-lockfile',
            copy: 'COPY ./ /app/',
            line: '3',
            manifest: 'package.json yarn.lock',
          },
        },
      ],
    },
    // fires: ADD . . then RUN yarn
    {
      code: 'FROM debian:12\nWORKDIR /app\nADD . .\nRUN yarn\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 9,
          messageKey: 'afterCopy',
          data: { command: 'yarn', copy: 'ADD . .', line: '3', manifest: 'package.json yarn.lock' },
        },
      ],
    },
    // fires: COPY --chown=10001:10001 . . then RUN pnpm install --frozen-lockfile
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY --chown=10001:10001 . .\nRUN pnpm install --frozen-lockfile\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 35,
          messageKey: 'afterCopy',
          data: {
            command: 'pnpm install --frozen-lockfile',
            copy: 'COPY . .',
            line: '3',
            manifest: 'package.json pnpm-lock.yaml',
          },
        },
      ],
    },
    // fires: COPY . . then RUN pip install --no-cache-dir -r requirements.txt
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 51,
          messageKey: 'afterCopy',
          data: {
            command: 'pip install --no-cache-dir -r requirements.txt',
            copy: 'COPY . .',
            line: '3',
            manifest: 'requirements.txt',
          },
        },
      ],
    },
    // fires: COPY . . then RUN python3 -m pip install --requirement reqs/prod.txt
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN python3 -m pip install --requirement reqs/prod.txt\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 55,
          messageKey: 'afterCopy',
          data: {
            command: 'pip install --requirement reqs/prod.txt',
            copy: 'COPY . .',
            line: '3',
            manifest: 'reqs/prod.txt',
          },
        },
      ],
    },
    // fires: COPY . . then RUN poetry install --no-root
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN poetry install --no-root\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 29,
          messageKey: 'afterCopy',
          data: {
            command: 'poetry install --no-root',
            copy: 'COPY . .',
            line: '3',
            manifest: 'pyproject.toml poetry.lock',
          },
        },
      ],
    },
    // fires: COPY . . then RUN pipenv install --deploy --system
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN pipenv install --deploy --system\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 37,
          messageKey: 'afterCopy',
          data: {
            command: 'pipenv install --deploy --system',
            copy: 'COPY . .',
            line: '3',
            manifest: 'Pipfile Pipfile.lock',
          },
        },
      ],
    },
    // fires: COPY . . then RUN bundle install
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN bundle install\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 19,
          messageKey: 'afterCopy',
          data: { command: 'bundle install', copy: 'COPY . .', line: '3', manifest: 'Gemfile Gemfile.lock' },
        },
      ],
    },
    // fires: COPY . . then RUN go mod download
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN go mod download\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 20,
          messageKey: 'afterCopy',
          data: { command: 'go mod download', copy: 'COPY . .', line: '3', manifest: 'go.mod go.sum' },
        },
      ],
    },
    // fires: COPY . . then RUN composer install --no-dev
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN composer install --no-dev\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 30,
          messageKey: 'afterCopy',
          data: {
            command: 'composer install --no-dev',
            copy: 'COPY . .',
            line: '3',
            manifest: 'composer.json composer.lock',
          },
        },
      ],
    },
    // fires: COPY . . then RUN mvn -B dependency:go-offline
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN mvn -B dependency:go-offline\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 33,
          messageKey: 'afterCopy',
          data: { command: 'mvn -B dependency:go-offline', copy: 'COPY . .', line: '3', manifest: 'pom.xml' },
        },
      ],
    },
    // fires: COPY . . then RUN ./mvnw dependency:resolve
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN ./mvnw dependency:resolve\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 30,
          messageKey: 'afterCopy',
          data: { command: 'mvnw dependency:resolve', copy: 'COPY . .', line: '3', manifest: 'pom.xml' },
        },
      ],
    },
    // fires: COPY . . then RUN cargo fetch
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN cargo fetch\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 16,
          messageKey: 'afterCopy',
          data: { command: 'cargo fetch', copy: 'COPY . .', line: '3', manifest: 'Cargo.toml Cargo.lock' },
        },
      ],
    },
    // fires: COPY . . then RUN dotnet restore
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN dotnet restore\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 19,
          messageKey: 'afterCopy',
          data: { command: 'dotnet restore', copy: 'COPY . .', line: '3', manifest: '*.csproj' },
        },
      ],
    },
    // fires: COPY . . then RUN mix deps.get
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN mix deps.get\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 17,
          messageKey: 'afterCopy',
          data: { command: 'mix deps.get', copy: 'COPY . .', line: '3', manifest: 'mix.exs mix.lock' },
        },
      ],
    },
    // fires: COPY . . then RUN uv sync --frozen
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN uv sync --frozen\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 21,
          messageKey: 'afterCopy',
          data: {
            command: 'uv sync --frozen',
            copy: 'COPY . .',
            line: '3',
            manifest: 'pyproject.toml uv.lock',
          },
        },
      ],
    },
    // fires: COPY * ./ then RUN npm ci
    {
      code: 'FROM debian:12\nWORKDIR /app\nCOPY * ./\nRUN npm ci\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 11,
          messageKey: 'afterCopy',
          data: {
            command: 'npm ci',
            copy: 'COPY * ./',
            line: '3',
            manifest: 'package.json package-lock.json',
          },
        },
      ],
    },
    // accepts the second phase of a two-phase install by the same tool
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nCOPY . .\nRUN pip install -r requirements.txt\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 36,
          messageKey: 'afterCopy',
          data: {
            command: 'pip install -r requirements.txt',
            copy: 'COPY . .',
            line: '5',
            manifest: 'requirements.txt',
          },
        },
      ],
    },
    // follows stage inheritance, not unrelated stages
    {
      code: 'FROM node:20 AS src\nWORKDIR /app\nCOPY . .\n\nFROM src AS deps\nRUN npm ci\n',
      errors: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 11,
          messageKey: 'afterCopy',
          data: {
            command: 'npm ci',
            copy: 'COPY . .',
            line: '3',
            manifest: 'package.json package-lock.json',
          },
        },
      ],
    },
    // reports once per RUN, in each stage that does it
    {
      code: 'FROM node:20 AS a\nWORKDIR /a\nCOPY . .\nRUN npm ci && npm ci\n\nFROM python:3.12 AS b\nWORKDIR /b\nADD . .\nRUN pip install -r requirements.txt\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 11,
          messageKey: 'afterCopy',
          data: {
            command: 'npm ci',
            copy: 'COPY . .',
            line: '3',
            manifest: 'package.json package-lock.json',
          },
        },
        {
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 36,
          messageKey: 'afterCopy',
          data: {
            command: 'pip install -r requirements.txt',
            copy: 'ADD . .',
            line: '8',
            manifest: 'requirements.txt',
          },
        },
      ],
    },
    // checks ONBUILD triggers against earlier triggers only
    {
      code: 'FROM node:20\nWORKDIR /app\nONBUILD COPY . .\nONBUILD RUN npm ci\n',
      errors: [
        {
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 19,
          messageKey: 'afterCopy',
          data: {
            command: 'npm ci',
            copy: 'COPY . .',
            line: '3',
            manifest: 'package.json package-lock.json',
          },
        },
      ],
    },
    // sees installs in heredocs and exec form
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN <<EOF\nset -e\nnpm ci\nEOF\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 7,
          messageKey: 'afterCopy',
          data: {
            command: 'npm ci',
            copy: 'COPY . .',
            line: '3',
            manifest: 'package.json package-lock.json',
          },
        },
      ],
    },
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN ["npm", "ci"]\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 18,
          messageKey: 'afterCopy',
          data: {
            command: 'npm ci',
            copy: 'COPY . .',
            line: '3',
            manifest: 'package.json package-lock.json',
          },
        },
      ],
    },
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN --mount=type=cache,target=/root/.npm npm ci\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 48,
          messageKey: 'afterCopy',
          data: {
            command: 'npm ci',
            copy: 'COPY . .',
            line: '3',
            manifest: 'package.json package-lock.json',
          },
        },
      ],
    },
    // works on fragments
    {
      code: 'COPY . .\nRUN bundle install\n',
      onbuild: ['COPY', 'ADD', 'RUN'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'afterCopy',
          data: { command: 'bundle install', copy: 'COPY . .', line: '1', manifest: 'Gemfile Gemfile.lock' },
        },
      ],
    },
  ],
});

describe('CAM001 in pt-BR', () => {
  it('says in Portuguese that the install runs after the broad COPY', () => {
    const text = 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n';
    const [pt] = lint(text, { rules: [rule] });
    expect(pt.message).toContain('roda depois de');
  });
});
