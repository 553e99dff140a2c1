/**
 * Defers the state updates that Docusaurus modules make right after hydration: for each module listed
 * below, the bundler serves ./react.ts (React whose `useState` setter starts a transition) where the
 * module imports `react`. A module replacement rather than swizzling, because most of them are not
 * theme components: contexts and hooks that swizzling cannot reach.
 */
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { replaceForImporters } from '../replace-for-importers';

/**
 * The modules, as paths under node_modules/@docusaurus, each with the update it makes after
 * hydration. Found by logging React's commits after hydration on a phone (which state changed in
 * each); every one of them rendered in a task of its own or shared one with the others.
 */
export const DEFERRED_MODULES: readonly string[] = [
  // isBrowser: false → true; every consumer re-renders (copy buttons, colour mode toggle…)
  'core/lib/client/browserContext.js',
  // the preferred docs version read from localStorage (a new object each time)
  'plugin-content-docs/lib/client/docsPreferredVersion.js',
  // whether each code block scrolls, for its word-wrap button
  'theme-common/lib/hooks/useCodeWordWrap.js',
  // 'ssr' → 'mobile' on a phone: the mobile sidebar, menu and table of contents replace the desktop ones
  'theme-common/lib/hooks/useWindowSize.js',
  // then the docs sidebar handed to the phone menu, and the flag that shows it there
  'theme-common/lib/contexts/navbarSecondaryMenu/content.js',
  'theme-common/lib/contexts/navbarSecondaryMenu/display.js',
];

const DEFERRED = new RegExp(
  `[\\\\/]@docusaurus[\\\\/](${DEFERRED_MODULES.map((m) => m.replace(/[.]/g, '\\.').replace(/\//g, '[\\\\/]')).join('|')})$`,
);

/** True when `issuer` (an absolute path) is one of DEFERRED_MODULES. */
export const isDeferredModule = (issuer: string): boolean => DEFERRED.test(issuer);

export default function deferredUpdates(): Plugin {
  const replacement = join(__dirname, 'react.ts');
  return {
    name: 'camadas-deferred-updates',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        plugins: [replaceForImporters(currentBundler, /^react$/, isDeferredModule, replacement)],
      };
    },
  };
}
