/**
 * Replaces @docusaurus/theme-common's `hooks/useWindowSize` module with ours (./useWindowSize.ts: the
 * same hook, whose first reading after hydration is a transition), for every importer: theme-common's
 * own index and its navbar mobile sidebar context, hence the theme's docs sidebar and table of contents.
 */
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** theme-common's imports of the module: `./hooks/useWindowSize` and `../hooks/useWindowSize`. */
const THEME_COMMON_WINDOW_SIZE = /^\.\.?\/hooks\/useWindowSize(\.js)?$/;

export default function windowSize(): Plugin {
  const replacement = join(__dirname, 'useWindowSize.ts');
  return {
    name: 'camadas-window-size',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            THEME_COMMON_WINDOW_SIZE,
            (resource: { context: string; request: string }) => {
              if (/[\\/]@docusaurus[\\/]theme-common[\\/]/.test(resource.context))
                resource.request = replacement;
            },
          ),
        ],
      };
    },
  };
}
