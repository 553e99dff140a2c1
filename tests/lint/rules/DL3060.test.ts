import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const lines = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3060')
    .map((d) => d.line);

describe('DL3060', () => {
  it('points at the yarn install command', () => {
    const d = lint('RUN cd /app && yarn install\n', { locale: 'en' }).filter((x) => x.rule === 'DL3060');
    expect(d.map((x) => [x.line, x.column, x.endColumn])).toEqual([[1, 16, 28]]);
  });
  it('needs the clean after the last install, in the same RUN', () => {
    expect(lines('RUN yarn install && yarn cache clean\n')).toEqual([]);
    expect(lines('RUN yarn install && yarn cache clean && yarn install --production\n')).toEqual([1]);
    expect(lines('RUN yarn install\nRUN yarn cache clean\n')).toEqual([1]);
  });
  it('accepts a cache/tmpfs mount on a yarn cache directory', () => {
    expect(lines('RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n')).toEqual([]);
    expect(lines('RUN --mount=type=bind,target=/root/.cache/yarn yarn install\n')).toEqual([1]);
  });
  it('checks the last stage and stages built upon, and always ONBUILD triggers', () => {
    const text =
      'FROM node:22-slim AS deps\nRUN yarn install\nFROM node:22-slim AS unused\nRUN yarn install\nONBUILD RUN yarn install\nFROM deps\nRUN yarn install\n';
    expect(lines(text)).toEqual([2, 5, 7]);
  });
});
