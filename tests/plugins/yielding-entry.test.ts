import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import yieldingEntry from '../../plugins/yielding-entry/index';

const root = join(__dirname, '..', '..');
const requireHere = createRequire(join(root, 'package.json'));

type Args = Parameters<NonNullable<Plugin['configureWebpack']>>;

describe("yielding-entry: Docusaurus' client entry, its big modules run one task each before it", () => {
  it('replaces the entry of the browser bundle only', () => {
    const configure = (isServer: boolean) =>
      yieldingEntry().configureWebpack?.({} as Args[0], isServer, {} as Args[2], {} as Args[3]);
    expect(configure(true)).toEqual({});
    const client = configure(false) as { entry: string; mergeStrategy: Record<string, string> };
    expect(client.mergeStrategy).toEqual({ entry: 'replace' });
    expect(existsSync(client.entry)).toBe(true);
  });

  it("imports modules that exist, and ends with Docusaurus' own entry, which the bundler config names", () => {
    const source = readFileSync(join(root, 'plugins', 'yielding-entry', 'entry.ts'), 'utf8');
    const requests = [...source.matchAll(/import\(\/\* webpackMode: "eager" \*\/ '([^']+)'\)/g)].map(
      (m) => m[1],
    );
    expect(requests.at(-1)).toBe('@docusaurus/core/lib/client/clientEntry.js');
    for (const request of requests.filter((r) => !r.startsWith('@generated/'))) {
      expect(() => requireHere.resolve(request), request).not.toThrow();
    }
    // If Docusaurus names another entry, this plugin would run the wrong one: fail here instead.
    const clientConfig = readFileSync(requireHere.resolve('@docusaurus/core/lib/webpack/client.js'), 'utf8');
    expect(clientConfig).toContain("entry: path_1.default.resolve(__dirname, '../client/clientEntry.js')");
  });
});
