import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import deferredUpdates, { DEFERRED_MODULES, isDeferredModule } from '../../plugins/deferred-updates/index';
import type { ImportResource } from '../../plugins/replace-for-importers';
import { configureWithReplacement } from './_module-replacement';

const docusaurus = join(__dirname, '..', '..', 'node_modules', '@docusaurus');

describe('deferred-updates: the listed Docusaurus modules get React with transition setters, nothing else does', () => {
  it.each(DEFERRED_MODULES)('%s exists, imports useState from react, and gets our react.ts', (module) => {
    const path = join(docusaurus, module);
    // An upgrade that moves or rewrites the module must not leave it silently undeferred.
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toMatch(/import[^;]*\buseState\b[^;]*from 'react'/);
    const { pattern, callback } = configureWithReplacement(deferredUpdates());
    expect(pattern.test('react')).toBe(true);
    const resource: ImportResource = { request: 'react', contextInfo: { issuer: path } };
    callback(resource);
    expect(resource.request).toMatch(/plugins[\\/]deferred-updates[\\/]react\.ts$/);
    expect(existsSync(resource.request)).toBe(true);
  });

  it('leaves react alone for every other importer, and other requests of listed modules alone', () => {
    const { pattern, callback } = configureWithReplacement(deferredUpdates());
    for (const issuer of [
      join(docusaurus, 'theme-common/lib/hooks/useTOCHighlight.js'),
      join(docusaurus, 'theme-classic/lib/theme/CodeBlock/index.js'),
      '/x/src/theme/SearchBar/index.tsx',
      '/x/src/hooks/useWindowSize.js',
      '',
    ]) {
      const resource: ImportResource = { request: 'react', contextInfo: { issuer } };
      callback(resource);
      expect(resource.request).toBe('react');
    }
    expect(isDeferredModule(join(docusaurus, 'theme-common/lib/hooks/useWindowSize.js.map'))).toBe(false);
    for (const request of ['react-dom', 'react/jsx-runtime', './hooks/useWindowSize'])
      expect(pattern.test(request)).toBe(false);
  });
});
