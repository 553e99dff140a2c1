import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import windowSize from '../../plugins/window-size/index';

type Callback = (resource: { context: string; request: string }) => void;

/** The plugin's module replacement, as the bundler would receive it. */
function replacement(): { pattern: RegExp; callback: Callback } {
  let got: { pattern: RegExp; callback: Callback } | undefined;
  class NormalModuleReplacementPlugin {
    constructor(pattern: RegExp, callback: Callback) {
      got = { pattern, callback };
    }
  }
  const plugin = windowSize();
  type Args = Parameters<NonNullable<typeof plugin.configureWebpack>>;
  // Stand-ins for the bundler's API: only the member the plugin uses.
  const utils = { currentBundler: { instance: { NormalModuleReplacementPlugin } } } as unknown as Args[2];
  plugin.configureWebpack?.({} as Args[0], false, utils, {} as Args[3]);
  if (!got) throw new Error('the plugin added no module replacement');
  return got;
}

describe("window-size: theme-common's useWindowSize is replaced by ours, and nothing else", () => {
  it("replaces both of theme-common's imports of the hook with an existing file", () => {
    const { pattern, callback } = replacement();
    for (const [context, request] of [
      ['/x/node_modules/@docusaurus/theme-common/lib', './hooks/useWindowSize'],
      ['/x/node_modules/@docusaurus/theme-common/lib/contexts', '../hooks/useWindowSize'],
    ]) {
      expect(pattern.test(request)).toBe(true);
      const resource = { context, request };
      callback(resource);
      expect(resource.request).toMatch(/plugins[\\/]window-size[\\/]useWindowSize\.ts$/);
      expect(existsSync(resource.request)).toBe(true);
    }
  });

  it('leaves a module of the same name elsewhere alone', () => {
    const { callback } = replacement();
    const resource = { context: '/x/src/components', request: './hooks/useWindowSize' };
    callback(resource);
    expect(resource.request).toBe('./hooks/useWindowSize');
  });
});
