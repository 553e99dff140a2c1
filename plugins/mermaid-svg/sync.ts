/**
 * Brings plugins/mermaid-svg/rendered/ up to date with the docs: draws what is missing (needs Chromium)
 * and, when asked, deletes drawings no diagram uses any more.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DiagramBlock,
  diagramKey,
  findSiteDiagrams,
  missingDiagramsMessage,
  renderedDir,
  renderedPath,
} from './diagrams';
import { hasChromium, renderDiagrams } from './render';

export class DiagramsNotRenderedError extends Error {}

export interface SyncResult {
  diagrams: number;
  rendered: number;
  removed: string[];
  milliseconds: number;
}

const MARKER = `# Generated: do not edit

Each file is a Mermaid diagram of the docs drawn to SVG by \`npm run diagrams\` (plugins/mermaid-svg),
named by a hash of the diagram's text, the Mermaid version and the renderer's revision. The build reads
these files, so it needs no browser; a new or changed diagram is drawn when Chromium is present.
`;

export async function syncDiagrams(options: { prune?: boolean; root?: string } = {}): Promise<SyncResult> {
  const started = performance.now();
  const blocks = findSiteDiagrams(options.root);
  const missing = new Map<string, DiagramBlock[]>();
  for (const block of blocks) {
    if (existsSync(renderedPath(block.source))) continue;
    const key = diagramKey(block.source);
    missing.set(key, [...(missing.get(key) ?? []), block]);
  }
  if (missing.size > 0 && !hasChromium())
    throw new DiagramsNotRenderedError(missingDiagramsMessage([...missing.values()].flat()));
  mkdirSync(renderedDir, { recursive: true });
  // Written only when it differs: a build must not touch its own sources (the e2e tests compare times).
  const marker = join(renderedDir, 'README.md');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== MARKER) writeFileSync(marker, MARKER);
  const drawn = await renderDiagrams([...missing.values()].map((list) => list[0].source));
  for (const { source, svg } of drawn) writeFileSync(renderedPath(source), `${svg}\n`);
  const removed: string[] = [];
  if (options.prune) {
    const used = new Set(blocks.map((b) => `${diagramKey(b.source)}.svg`));
    for (const name of readdirSync(renderedDir))
      if (name.endsWith('.svg') && !used.has(name)) {
        rmSync(join(renderedDir, name));
        removed.push(name);
      }
  }
  return {
    diagrams: blocks.length,
    rendered: drawn.length,
    removed,
    milliseconds: performance.now() - started,
  };
}
