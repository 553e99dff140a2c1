/**
 * Where the docs' Mermaid diagrams are, and the cache of their rendered SVGs.
 *
 * Diagrams are authored as ```mermaid blocks and drawn once, at build time, by Mermaid in Chromium
 * (render.ts). The drawings are committed under plugins/mermaid-svg/rendered/, one file per diagram,
 * named by a hash of what decides the drawing: the diagram's text, the Mermaid (and ELK layout)
 * versions, and the theme
 * and post-processing of render.ts (RENDER_REVISION). A machine without Chromium builds from that cache;
 * only a new or changed diagram needs a browser (`npm run diagrams`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const siteDir = join(__dirname, '..', '..');
export const renderedDir = join(__dirname, 'rendered');

/** Bump when render.ts changes what it writes (theme, colours, ids, sizes): every key changes. */
export const RENDER_REVISION = 1;

/** The folders whose Markdown may hold diagrams (pt-BR in docs/, English under i18n/en). */
export const CONTENT_ROOTS = [
  'docs',
  'src/pages',
  'i18n/en/docusaurus-plugin-content-docs/current',
  'i18n/en/docusaurus-plugin-content-pages',
];

export interface DiagramBlock {
  /** The diagram's text, as the Markdown parser hands it to a remark plugin (fence lines left out). */
  source: string;
  /** File, relative to the site, and line of the opening fence. */
  file: string;
  line: number;
}

/** The packages that draw (devDependencies), whose versions are part of each drawing's key. */
export const RENDERER_PACKAGES = ['mermaid', '@mermaid-js/layout-elk'];

let rendererVersionCache: string | undefined;
/** `mermaid@x @mermaid-js/layout-elk@y`, read from the lockfile (the key needs no node_modules). */
export function rendererVersion(): string {
  if (rendererVersionCache) return rendererVersionCache;
  const lock = JSON.parse(readFileSync(join(siteDir, 'package-lock.json'), 'utf8')) as {
    packages?: Record<string, { version?: string }>;
  };
  rendererVersionCache = RENDERER_PACKAGES.map((name) => {
    const version = lock.packages?.[`node_modules/${name}`]?.version;
    if (!version)
      throw new Error(`package-lock.json has no node_modules/${name} entry: run \`npm install\`.`);
    return `${name}@${version}`;
  }).join(' ');
  return rendererVersionCache;
}

/** Line endings and trailing spaces do not change a drawing. */
export function normaliseSource(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}

export function diagramKey(source: string): string {
  return createHash('sha256')
    .update(JSON.stringify([normaliseSource(source), rendererVersion(), RENDER_REVISION]))
    .digest('hex')
    .slice(0, 20);
}

export function renderedPath(source: string): string {
  return join(renderedDir, `${diagramKey(source)}.svg`);
}

/** The accessible name of a diagram: its `accTitle:` line (Mermaid's own accessibility syntax). */
export function diagramTitle(source: string): string | undefined {
  return /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
}

/** The ```mermaid (or ~~~mermaid) blocks of a Markdown/MDX text, fences at any indentation. */
export function findDiagramBlocks(text: string, file: string): DiagramBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: DiagramBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*mermaid\b/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(lines[j])) break;
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
    }
    blocks.push({ source: body.join('\n'), file, line: i + 1 });
    i = j;
  }
  return blocks;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every diagram of the site's Markdown, both locales. */
export function findSiteDiagrams(root: string = siteDir): DiagramBlock[] {
  return CONTENT_ROOTS.flatMap((dir) => markdownFiles(join(root, dir))).flatMap((path) =>
    findDiagramBlocks(readFileSync(path, 'utf8'), relative(root, path)),
  );
}

/** The one line a build prints when drawings are missing and no browser can make them. */
export function missingDiagramsMessage(missing: DiagramBlock[]): string {
  const where = missing.map((b) => `${b.file}:${b.line}`).join(', ');
  return `[camadas] ${missing.length} Mermaid diagram(s) not rendered yet (${where}): run \`npm run diagrams\` on a machine with Chromium (apt-get install chromium) and commit plugins/mermaid-svg/rendered/.`;
}
