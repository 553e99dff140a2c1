import { describe, expect, it } from 'vitest';
import {
  decodeState,
  EMPTY_STATE,
  encodeState,
  encodeStateForLink,
  MAX_FRAGMENT_CHARS,
  MAX_RAW_CHARS,
  type PlaygroundState,
} from '../../src/playground/url-state';

/** A Dockerfile of `lines` lines that does not compress away (package names from a small PRNG). */
function variedDockerfile(lines: number): string {
  let seed = 7;
  const word = () => {
    let w = '';
    for (let i = 0; i < 8; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      w += String.fromCharCode(97 + (seed % 26));
    }
    return w;
  };
  const out = ['FROM debian:12'];
  for (let i = 1; i < lines; i++)
    out.push(`RUN apt-get install -y ${word()} ${word()} && rm -rf /tmp/${word()}`);
  return `${out.join('\n')}\n`;
}

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

  it('shares a link only while the fragment stays within MAX_FRAGMENT_CHARS', () => {
    const small = { ...EMPTY_STATE, code: variedDockerfile(200) };
    expect(encodeStateForLink(small)).toBe(encodeState(small));
    expect(encodeState(small).length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    const big = { ...EMPTY_STATE, code: variedDockerfile(3000) };
    expect(encodeState(big).length).toBeGreaterThan(MAX_FRAGMENT_CHARS);
    expect(encodeStateForLink(big)).toBeNull();
    // Far above the limit: refused without compressing; still decodable when someone made such a link.
    const huge = { ...EMPTY_STATE, code: 'RUN true\n'.repeat(MAX_RAW_CHARS / 9 + 1) };
    expect(encodeStateForLink(huge)).toBeNull();
    expect(decodeState(encodeState(big))).toEqual(big);
  });
});
