import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) => lint(text, { locale: 'en' }).filter((d) => d.rule === 'DL3007');

describe('DL3007', () => {
  it('points at the latest tag', () => {
    const d = hits('FROM ghcr.io/org/app:latest AS app\n');
    expect(d.map((x) => [x.column, x.endColumn])).toEqual([[22, 28]]);
  });
  it('accepts latest with a digest, other tags and stage names', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(hits(`FROM debian:latest@${digest}\n`)).toEqual([]);
    expect(hits('FROM debian:latest-slim\n')).toEqual([]);
    expect(hits('FROM debian:12 AS latest\nFROM latest\n')).toEqual([]);
  });
});
