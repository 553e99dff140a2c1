/**
 * Docusaurus plugin: before any page is bundled, makes sure every ```mermaid block of the docs has its
 * drawing in plugins/mermaid-svg/rendered/ (drawing the missing ones when Chromium is present). Without
 * Chromium and with a drawing missing, `build` stops with one line saying how to draw it; `start`
 * warns and the page shows the diagram's text. The remark plugin (remark.ts) puts the drawings in pages.
 */

import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { CONTENT_ROOTS } from './diagrams';
import { DiagramsNotRenderedError, syncDiagrams } from './sync';

const holder = globalThis as { __camadasDiagramsSynced?: boolean };

export default function mermaidSvgPlugin(context: LoadContext): Plugin {
  const isBuild = process.env.NODE_ENV === 'production';
  return {
    name: 'camadas-mermaid-svg',
    getPathsToWatch() {
      return CONTENT_ROOTS.map((root) => join(context.siteDir, root, '**/*.{md,mdx}'));
    },
    async loadContent() {
      // Docusaurus loads plugins once per locale; one pass covers both locales.
      if (isBuild && holder.__camadasDiagramsSynced) return;
      holder.__camadasDiagramsSynced = true;
      try {
        const result = await syncDiagrams({ root: context.siteDir });
        if (result.rendered > 0)
          console.log(
            `[camadas] ${result.rendered} Mermaid diagram(s) drawn to plugins/mermaid-svg/rendered/ (${(result.milliseconds / 1000).toFixed(1)} s): commit them.`,
          );
      } catch (error) {
        if (!(error instanceof DiagramsNotRenderedError)) throw error;
        if (isBuild) {
          console.error(error.message);
          process.exit(1);
        }
        console.warn(error.message);
      }
    },
  };
}
