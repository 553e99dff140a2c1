/**
 * Serves ./reactUtils.ts in place of @docusaurus/theme-common's `utils/reactUtils` to theme-common's
 * own modules (a bundler module replacement keyed on the importer); ./reactUtils.ts re-exports the
 * original through an alias, because the package's `exports` map hides the file.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { replaceForImporters } from '../replace-for-importers';

/** theme-common's imports of the module: `./utils/reactUtils`, `../utils/reactUtils`, `../../utils/reactUtils`. */
export const REACT_UTILS_REQUEST = /^(\.\.?\/)+utils\/reactUtils(\.js)?$/;
const THEME_COMMON = /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]/;

/** theme-common's own file, found from its package entry. */
export function originalReactUtils(): string {
  const entry = createRequire(__filename).resolve('@docusaurus/theme-common');
  return join(dirname(entry), 'utils', 'reactUtils.js');
}

export default function shallowMemo(): Plugin {
  const replacement = join(__dirname, 'reactUtils.ts');
  return {
    name: 'camadas-shallow-memo',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        resolve: { alias: { 'camadas-theme-common-react-utils$': originalReactUtils() } },
        plugins: [
          replaceForImporters(
            currentBundler,
            REACT_UTILS_REQUEST,
            (path) => THEME_COMMON.test(path),
            replacement,
          ),
        ],
      };
    },
  };
}
