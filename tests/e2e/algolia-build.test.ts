// A production build in Algolia mode, with fake keys: the public settings reach the browser bundle,
// the admin key never does. (Builds the English locale only, into tmp/, to keep CI short.)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './browser';

const outDir = join(root, 'tmp', 'algolia-build');
const ADMIN_KEY = 'fake-admin-key-7f3c9a1e5b';
const SEARCH_KEY = 'fake-search-key-2d8e4b6c0a';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('a build with Algolia settings', () => {
  it('puts the search key in the bundle and the admin key nowhere', () => {
    const result = spawnSync('npx', ['docusaurus', 'build', '--locale', 'en', '--out-dir', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ALGOLIA_APP_ID: 'FAKEAPPID',
        ALGOLIA_SEARCH_API_KEY: SEARCH_KEY,
        ALGOLIA_INDEX_NAME: 'camadas-test',
        ALGOLIA_ADMIN_API_KEY: ADMIN_KEY,
      },
    });
    expect(result.status, result.stderr).toBe(0);
    const all = files(outDir).map((file) => readFileSync(file, 'latin1'));
    expect(all.some((text) => text.includes(SEARCH_KEY))).toBe(true);
    expect(all.some((text) => text.includes('FAKEAPPID'))).toBe(true);
    expect(all.filter((text) => text.includes(ADMIN_KEY))).toEqual([]);
  }, 600_000);

  it('refuses a half-configured Algolia with one line and no stack trace', () => {
    const result = spawnSync('npx', ['docusaurus', 'build', '--locale', 'en', '--out-dir', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ALGOLIA_APP_ID: 'FAKEAPPID',
        ALGOLIA_SEARCH_API_KEY: '',
        ALGOLIA_INDEX_NAME: '',
      },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Algolia search is half configured');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
