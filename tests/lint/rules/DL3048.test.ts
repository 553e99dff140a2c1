import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import { lines as ruleLines } from './_helpers';

const hits = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3048')
    .map((d) => [d.line, d.column, d.endColumn, d.message]);

describe('DL3048', () => {
  it('points at the first bad key and lists the others', () => {
    const h = hits('LABEL ok=1 Bad=2 worse-=3\n');
    expect(h).toHaveLength(1);
    expect(h[0].slice(0, 3)).toEqual([1, 12, 15]);
    expect(h[0][3]).toContain('`worse-`');
  });
  it('accepts underscores and slashes', () => {
    expect(hits('LABEL com.example/my_key=1\n')).toEqual([]);
  });
  it('flags the reserved namespaces', () => {
    expect(hits('LABEL io.docker.x=1\n')[0][3]).toContain('reserved');
  });
});

describe('DL3048 on Docker Desktop extension labels', () => {
  it('accepts the labels Docker asks extensions to set, still reports the rest of com.docker.', () => {
    const text =
      'FROM alpine:3.20\nLABEL com.docker.desktop.extension.api.version=">= 0.3.0" com.docker.extension.screenshots="[]"\n';
    expect(ruleLines(text, 'DL3048')).toEqual([]);
    expect(ruleLines('FROM alpine:3.20\nLABEL com.docker.compose.project=web\n', 'DL3048')).toEqual([2]);
  });
});
