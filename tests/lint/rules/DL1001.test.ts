import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) =>
  lint(text, { includeOff: true, locale: 'en' })
    .filter((d) => d.rule === 'DL1001')
    .map((d) => d.line);

describe('DL1001', () => {
  it('reports each inline ignore pragma on its own line', () => {
    const text =
      'FROM debian:12-slim\n# hadolint ignore=DL3003\nRUN cd /x\n# hadolint ignore=DL3004\nRUN sudo ls\n';
    expect(hits(text)).toEqual([2, 4]);
  });
  it('ignores global and stage pragmas and shell pragmas', () => {
    const text =
      '# hadolint global ignore=DL3003\n# hadolint shell=bash\nFROM debian:12-slim\n# hadolint stage ignore=DL3004\nRUN cd /x\n';
    expect(hits(text)).toEqual([]);
  });
  it('is off by default', () => {
    expect(
      lint('FROM debian:12-slim\n# hadolint ignore=DL3003\nRUN cd /x\n').some((d) => d.rule === 'DL1001'),
    ).toBe(false);
  });
});
