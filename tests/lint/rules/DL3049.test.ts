import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const schema = { 'label-schema': { version: 'semver', owner: 'email' } } as const;
const hits = (text: string) =>
  lint(text, { locale: 'en', config: { ...schema } })
    .filter((d) => d.rule === 'DL3049')
    .map((d) => [d.line, d.message]);

describe('DL3049', () => {
  it('is inactive without a schema', () => {
    expect(lint('FROM debian:12\n').filter((d) => d.rule === 'DL3049')).toEqual([]);
  });
  it('reports once per stage, listing every missing label', () => {
    const h = hits('FROM debian:12\n');
    expect(h).toHaveLength(1);
    expect(h[0][1]).toContain('`version`');
    expect(h[0][1]).toContain('`owner`');
  });
  it('exempts stages used by RUN --mount from= and stages whose child sets the label', () => {
    const text =
      'FROM debian:12 AS deps\nFROM debian:12 AS base\nFROM base AS final\nLABEL version=1.0.0 owner=a@b.io\nRUN --mount=from=deps,target=/d ls\n';
    expect(hits(text)).toEqual([]);
  });
});
