import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResource } from '../../plugins/replace-for-importers';
import { byKey } from '../../plugins/shallow-memo/byKey';
import shallowMemo, { originalReactUtils, REACT_UTILS_REQUEST } from '../../plugins/shallow-memo/index';
import { configureWithReplacement } from './_module-replacement';

const themeCommon = join(__dirname, '..', '..', 'node_modules', '@docusaurus', 'theme-common', 'lib');

describe("shallow-memo: theme-common's reactUtils, with a sort that needs no collator", () => {
  it('the original exists, still sorts with localeCompare, and is what the alias names', () => {
    // When upstream drops localeCompare or moves the file, this plugin is no longer needed or breaks:
    // either way this test says so.
    const original = originalReactUtils();
    expect(existsSync(original)).toBe(true);
    const text = readFileSync(original, 'utf8');
    expect(text).toMatch(/export function useShallowMemoObject/);
    expect(text).toMatch(/localeCompare/);
    expect(
      configureWithReplacement(shallowMemo()).config.resolve?.alias?.['camadas-theme-common-react-utils$'],
    ).toBe(original);
  });

  it("replaces theme-common's own imports of the module, and nobody else's", () => {
    const { callback } = configureWithReplacement(shallowMemo());
    for (const [issuer, request] of [
      [join(themeCommon, 'index.js'), './utils/reactUtils'],
      [join(themeCommon, 'hooks', 'useMutationObserver.js'), '../utils/reactUtils'],
      [join(themeCommon, 'contexts', 'navbarSecondaryMenu', 'content.js'), '../../utils/reactUtils'],
    ]) {
      expect(REACT_UTILS_REQUEST.test(request)).toBe(true);
      const resource: ImportResource = { request, contextInfo: { issuer } };
      callback(resource);
      expect(resource.request).toMatch(/plugins[\\/]shallow-memo[\\/]reactUtils\.ts$/);
    }
    const elsewhere: ImportResource = {
      request: '../utils/reactUtils',
      contextInfo: { issuer: '/x/src/hooks/a.ts' },
    };
    callback(elsewhere);
    expect(elsewhere.request).toBe('../utils/reactUtils');
    expect(REACT_UTILS_REQUEST.test('camadas-theme-common-react-utils')).toBe(false);
  });

  it('orders entries by key, the same way whatever order they come in', () => {
    const a = Object.entries({ zeta: 1, alpha: 2, Beta: 3, _x: 4, ä: 5 }).sort(byKey);
    const b = Object.entries({ ä: 5, _x: 4, Beta: 3, alpha: 2, zeta: 1 }).sort(byKey);
    expect(a).toEqual(b);
    expect(a.map(([k]) => k)).toEqual(['Beta', '_x', 'alpha', 'zeta', 'ä']);
  });
});
