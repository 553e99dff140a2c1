import { describe, expect, it } from 'vitest';
import { decodeState, EMPTY_STATE, encodeState, type PlaygroundState } from '../../src/playground/url-state';

describe('playground URL state', () => {
  it('round-trips the Dockerfile and every option', () => {
    const state: PlaygroundState = {
      code: 'FROM debian\nRUN apt-get install -y curl # ção ✓\n',
      threshold: 'warning',
      ignored: ['DL3008', 'DL3015'],
      configText: 'trustedRegistries:\n  - docker.io\n',
      dockerignore: 'node_modules\n',
    };
    const hash = encodeState(state);
    expect(hash).toMatch(/^p=[A-Za-z0-9+\-$]+$/);
    expect(decodeState(`#${hash}`)).toEqual(state);
    expect(decodeState(hash)).toEqual(state);
  });

  it('keeps the fragment short for a typical Dockerfile (compressed)', () => {
    const code =
      'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "index.js"]\n'.repeat(
        4,
      );
    expect(encodeState({ ...EMPTY_STATE, code }).length).toBeLessThan(code.length);
  });

  it('gives null, not an exception, for missing or damaged fragments', () => {
    for (const hash of [
      '',
      '#',
      '#q=1',
      '#p=',
      '#p=%%%',
      '#p=garbage!!',
      `#${encodeState(EMPTY_STATE).slice(0, 8)}`,
    ]) {
      expect(decodeState(hash), hash).toBeNull();
    }
  });

  it('drops values of the wrong type from an edited link', () => {
    const { compressToEncodedURIComponent } = require('lz-string') as typeof import('lz-string');
    const hash = `p=${compressToEncodedURIComponent(JSON.stringify({ v: 1, c: 'FROM x', t: 'loud', i: [1, 'DL3006'], y: 3 }))}`;
    expect(decodeState(hash)).toEqual({ ...EMPTY_STATE, code: 'FROM x', ignored: ['DL3006'] });
  });
});
