/**
 * Docusaurus plugin for build-time highlighting (the remark step is remark.ts):
 * - the code block colours of each mode (`--prism-color`, `--prism-background-color`), taken from
 *   `themeConfig.prism`, as a small <style> in every page's head; the theme set them inline per block
 *   and fixed the dark ones only after a re-render;
 * - Prism out of the browser bundle: the theme's client module still imports `Prism` from
 *   prism-react-renderer to load grammars (a no-op now, src/theme/prism-include-languages.ts), so the
 *   client build resolves that package to a stub. A component that needed Prism in the browser would
 *   fail the build on the missing export, not ship a second copy.
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { PrismTheme } from 'prism-react-renderer';

/** The head <style>: each mode's plain colour and background, from the two Prism themes. */
export function codeColoursCss(light: PrismTheme, dark: PrismTheme): string {
  const vars = (theme: PrismTheme) =>
    `--prism-color:${theme.plain.color};--prism-background-color:${theme.plain.backgroundColor}`;
  return `:root{${vars(light)}}[data-theme='dark']{${vars(dark)}}`;
}

export default function codeHighlightPlugin(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig as { prism?: { theme?: PrismTheme; darkTheme?: PrismTheme } })
    .prism;
  if (!prism?.theme || !prism.darkTheme) {
    throw new Error('[camadas] plugins/code-highlight needs themeConfig.prism.theme and darkTheme.');
  }
  const css = codeColoursCss(prism.theme, prism.darkTheme);
  return {
    name: 'camadas-code-highlight',
    injectHtmlTags: () => ({ headTags: [{ tagName: 'style', innerHTML: css }] }),
    configureWebpack: (_config, isServer) =>
      isServer ? {} : { resolve: { alias: { 'prism-react-renderer$': join(__dirname, 'client-stub.js') } } },
  };
}
