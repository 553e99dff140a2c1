import type { Plugin } from '@docusaurus/types';
import type { ImportResource } from '../../plugins/replace-for-importers';

/**
 * Runs a plugin's configureWebpack against a stand-in bundler that records its one module replacement
 * (only the member our plugins use), and returns that replacement with the configuration.
 */
export function configureWithReplacement(plugin: Plugin): {
  pattern: RegExp;
  callback: (resource: ImportResource) => void;
  config: { resolve?: { alias?: Record<string, string> } };
} {
  let got: { pattern: RegExp; callback: (resource: ImportResource) => void } | undefined;
  class NormalModuleReplacementPlugin {
    constructor(pattern: RegExp, callback: (resource: ImportResource) => void) {
      got = { pattern, callback };
    }
  }
  type Args = Parameters<NonNullable<Plugin['configureWebpack']>>;
  const utils = { currentBundler: { instance: { NormalModuleReplacementPlugin } } } as unknown as Args[2];
  const config = plugin.configureWebpack?.({} as Args[0], false, utils, {} as Args[3]) ?? {};
  if (!got) throw new Error('the plugin added no module replacement');
  return { ...got, config: config as { resolve?: { alias?: Record<string, string> } } };
}
