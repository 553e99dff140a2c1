/**
 * Makes ./entry.ts the browser bundle's entry point in place of Docusaurus' clientEntry.js, which it
 * runs last (see there why).
 */
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function yieldingEntry(): Plugin {
  return {
    name: 'camadas-yielding-entry',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return { mergeStrategy: { entry: 'replace' }, entry: join(__dirname, 'entry.ts') };
    },
  };
}
