import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) => lint(text, { locale: 'en' }).filter((d) => d.rule === 'DL3016');

describe('DL3016', () => {
  it('points at the first unpinned package', () => {
    const d = hits('RUN npm install -g typescript@5 eslint prettier\n');
    expect(d).toHaveLength(1);
    expect(d[0].column).toBe(33);
    expect(d[0].message).toContain('(+ prettier)');
  });
  it('checks the i and add shorthands, not other subcommands', () => {
    expect(hits('RUN npm i lodash\n')).toHaveLength(1);
    expect(hits('RUN npm ci && npm run build\n')).toEqual([]);
    expect(hits('RUN npm install\n')).toEqual([]);
  });
  it('handles scopes, git refs and hosted shorthands', () => {
    expect(hits('RUN npm install @org/pkg\n')).toHaveLength(1);
    expect(hits('RUN npm install @org/pkg@^1.2.0\n')).toEqual([]);
    expect(hits('RUN npm install github:org/repo\n')).toHaveLength(1);
    expect(hits('RUN npm install github:org/repo#v1.0.0\n')).toEqual([]);
  });
  it('does not take option values for packages', () => {
    expect(hits('RUN npm install --omit dev --cache /tmp/c x@1\n')).toEqual([]);
    expect(hits('RUN npm install --save-exact x\n')).toHaveLength(1);
  });
});
