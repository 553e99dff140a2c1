import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import rule from '../../../src/lint/rules/CAM001';

const hits = (text: string) =>
  lint(text, { rules: [rule], locale: 'en' })
    .filter((d) => d.rule === 'CAM001')
    .map((d) => [d.line, d.column, d.endColumn]);
const lines = (text: string) => hits(text).map((h) => h[0]);

describe('CAM001', () => {
  it('points at the install command and names the COPY, its line and the manifests', () => {
    const text = 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n';
    expect(hits(text)).toEqual([[4, 5, 11]]);
    const [d] = lint(text, { rules: [rule], locale: 'en' });
    expect(d.message).toContain('`npm ci`');
    expect(d.message).toContain('`COPY . .` (line 3)');
    expect(d.message).toContain('package.json package-lock.json');
    const [pt] = lint(text, { rules: [rule] });
    expect(pt.message).toContain('roda depois de');
  });

  it.each([
    ['COPY . /app', 'RUN npm install'],
    ['COPY ./ /app/', 'RUN yarn install --frozen-lockfile'],
    ['ADD . .', 'RUN yarn'],
    ['COPY --chown=10001:10001 . .', 'RUN pnpm install --frozen-lockfile'],
    ['COPY . .', 'RUN pip install --no-cache-dir -r requirements.txt'],
    ['COPY . .', 'RUN python3 -m pip install --requirement reqs/prod.txt'],
    ['COPY . .', 'RUN poetry install --no-root'],
    ['COPY . .', 'RUN pipenv install --deploy --system'],
    ['COPY . .', 'RUN bundle install'],
    ['COPY . .', 'RUN go mod download'],
    ['COPY . .', 'RUN composer install --no-dev'],
    ['COPY . .', 'RUN mvn -B dependency:go-offline'],
    ['COPY . .', 'RUN ./mvnw dependency:resolve'],
    ['COPY . .', 'RUN cargo fetch'],
    ['COPY . .', 'RUN dotnet restore'],
    ['COPY . .', 'RUN mix deps.get'],
    ['COPY . .', 'RUN uv sync --frozen'],
    ['COPY * ./', 'RUN npm ci'],
  ])('fires: %s then %s', (copy, run) => {
    expect(lines(`FROM debian:12\nWORKDIR /app\n${copy}\n${run}\n`)).toEqual([4]);
  });

  it('does not fire when the manifests are copied and installed before COPY . .', () => {
    const text =
      'FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n';
    expect(lines(text)).toEqual([]);
  });

  it('does not fire when the install runs before any COPY', () => {
    expect(
      lines('FROM python:3.12\nWORKDIR /app\nRUN pip install --no-cache-dir -r /tmp/r.txt\nCOPY . .\n'),
    ).toEqual([]);
  });

  it('accepts the second phase of a two-phase install by the same tool', () => {
    expect(
      lines(
        'FROM node:20\nWORKDIR /app\nCOPY pnpm-lock.yaml ./\nRUN pnpm fetch\nCOPY . .\nRUN pnpm install --offline\n',
      ),
    ).toEqual([]);
    expect(
      lines(
        'FROM python:3.12\nWORKDIR /app\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root\nCOPY . .\nRUN poetry install --only-root\n',
      ),
    ).toEqual([]);
    // but another tool after the broad COPY still fires
    expect(
      lines(
        'FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nCOPY . .\nRUN pip install -r requirements.txt\n',
      ),
    ).toEqual([6]);
  });

  it('near misses: not a manifest install, not the whole context', () => {
    for (const [copy, run] of [
      ['COPY . .', 'RUN npm install -g serve@14.2.1'],
      ['COPY . .', 'RUN npm run build'],
      ['COPY . .', 'RUN yarn add left-pad@1.3.0'],
      ['COPY . .', 'RUN pip install --no-cache-dir .'],
      ['COPY . .', 'RUN pip install --no-cache-dir -e .'],
      ['COPY . .', 'RUN go build ./...'],
      ['COPY . .', 'RUN cargo build --release'],
      ['COPY . .', 'RUN poetry install --only-root'],
      ['COPY src/ ./src/', 'RUN npm ci'],
      ['COPY package.json .', 'RUN npm ci'],
      ['COPY --from=build . .', 'RUN npm ci'],
      ['COPY --from=deps /app/node_modules ./node_modules', 'RUN npm ci'],
      ['COPY <<EOF .\nhi\nEOF', 'RUN npm ci'],
      ['COPY . .', 'RUN echo npm ci'],
    ]) {
      expect(lines(`FROM node:20\nWORKDIR /app\n${copy}\n${run}\n`), `${copy} / ${run}`).toEqual([]);
    }
  });

  it('follows stage inheritance, not unrelated stages', () => {
    const inherited = 'FROM node:20 AS src\nWORKDIR /app\nCOPY . .\n\nFROM src AS deps\nRUN npm ci\n';
    expect(lines(inherited)).toEqual([6]);
    const unrelated =
      'FROM node:20 AS src\nWORKDIR /app\nCOPY . .\n\nFROM node:20 AS deps\nWORKDIR /app\nRUN npm ci\n';
    expect(lines(unrelated)).toEqual([]);
  });

  it('reports once per RUN, in each stage that does it', () => {
    const text =
      'FROM node:20 AS a\nWORKDIR /a\nCOPY . .\nRUN npm ci && npm ci\n\nFROM python:3.12 AS b\nWORKDIR /b\nADD . .\nRUN pip install -r requirements.txt\n';
    expect(lines(text)).toEqual([4, 9]);
  });

  it('checks ONBUILD triggers against earlier triggers only', () => {
    expect(lines('FROM node:20\nWORKDIR /app\nONBUILD COPY . .\nONBUILD RUN npm ci\n')).toEqual([4]);
    expect(
      lines(
        'FROM node:20\nWORKDIR /app\nONBUILD COPY package*.json ./\nONBUILD RUN npm ci\nONBUILD COPY . .\n',
      ),
    ).toEqual([]);
    // the parent's own COPY belongs to another build than the trigger
    expect(lines('FROM node:20\nWORKDIR /app\nCOPY . .\nONBUILD RUN npm ci\n')).toEqual([]);
  });

  it('sees installs in heredocs and exec form', () => {
    expect(lines('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN <<EOF\nset -e\nnpm ci\nEOF\n')).toEqual([6]);
    expect(lines('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN ["npm", "ci"]\n')).toEqual([4]);
    expect(
      lines('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN --mount=type=cache,target=/root/.npm npm ci\n'),
    ).toEqual([4]);
  });

  it('works on fragments', () => {
    expect(lines('COPY . .\nRUN bundle install\n')).toEqual([2]);
    expect(lines('COPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\n')).toEqual([]);
  });
});
