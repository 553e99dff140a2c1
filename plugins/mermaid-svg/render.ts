/**
 * Draws Mermaid diagrams to SVG with Mermaid itself in Chromium (playwright-core drives Debian's
 * /usr/bin/chromium; CHROMIUM_PATH overrides), then makes one SVG serve both colour modes: the diagram
 * is drawn with placeholder colours (SENTINELS), each of which is then replaced by a CSS variable that
 * src/css/custom.css defines for the light and the dark theme.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium';
import { diagramKey } from './diagrams';

export const chromiumPath = (): string => CHROMIUM_PATH;
export const hasChromium = (): boolean => existsSync(chromiumPath());

/**
 * Each placeholder colour stands for one CSS variable (`--camadas-diagram-<name>`). Mermaid's `base`
 * theme derives the colours it is not given from these, so every theme variable the three diagram
 * types we use read is given explicitly; render() fails if any other colour is left in a drawing.
 */
const SENTINELS = {
  bg: '#010a01',
  node: '#010a02',
  border: '#010a03',
  text: '#010a04',
  line: '#010a05',
  cluster: '#010a06',
  clusterBorder: '#010a07',
  mark: '#010a08',
  edgeLabel: '#010a09',
} as const;

const S = SENTINELS;
const THEME_VARIABLES = {
  darkMode: false,
  background: S.bg,
  primaryColor: S.node,
  secondaryColor: S.cluster,
  tertiaryColor: S.cluster,
  primaryBorderColor: S.border,
  secondaryBorderColor: S.clusterBorder,
  tertiaryBorderColor: S.clusterBorder,
  primaryTextColor: S.text,
  secondaryTextColor: S.text,
  tertiaryTextColor: S.text,
  lineColor: S.line,
  textColor: S.text,
  mainBkg: S.node,
  secondBkg: S.cluster,
  border1: S.border,
  border2: S.clusterBorder,
  arrowheadColor: S.line,
  nodeBkg: S.node,
  nodeBorder: S.border,
  nodeTextColor: S.text,
  clusterBkg: S.cluster,
  clusterBorder: S.clusterBorder,
  defaultLinkColor: S.line,
  titleColor: S.text,
  edgeLabelBackground: S.edgeLabel,
  labelBackground: S.edgeLabel,
  labelBackgroundColor: S.edgeLabel,
  labelColor: S.text,
  labelTextColor: S.text,
  actorBorder: S.border,
  actorBkg: S.node,
  actorTextColor: S.text,
  actorLineColor: S.line,
  signalColor: S.line,
  signalTextColor: S.text,
  labelBoxBkgColor: S.node,
  labelBoxBorderColor: S.border,
  loopTextColor: S.text,
  noteBorderColor: S.border,
  noteBkgColor: S.cluster,
  noteTextColor: S.text,
  activationBorderColor: S.border,
  activationBkgColor: S.cluster,
  sequenceNumberColor: S.bg,
  transitionColor: S.line,
  transitionLabelColor: S.text,
  stateLabelColor: S.text,
  stateBkg: S.node,
  stateBorder: S.border,
  compositeBackground: S.cluster,
  compositeTitleBackground: S.cluster,
  compositeBorder: S.clusterBorder,
  altBackground: S.cluster,
  innerEndBackground: S.mark,
  specialStateColor: S.mark,
  errorBkgColor: S.node,
  errorTextColor: S.text,
};

/** Metric-compatible with Arial everywhere (Liberation Sans on Linux), so labels fit their boxes. */
export const DIAGRAM_FONT = 'Arial, "Liberation Sans", Helvetica, sans-serif';

/** Colours mermaid writes besides the placeholders that are not colours of the drawing. */
const NEUTRAL_COLOURS =
  /^(none|transparent|currentcolor|inherit|white|black|#fff|#ffffff|#000|#000000|rgba\(0, ?0, ?0, ?0\))$/i;

export interface RenderedDiagram {
  source: string;
  svg: string;
}

/**
 * Replaces placeholder colours with CSS variables, gives the SVG a width that scales down to 75 % of
 * its drawn size at most (text stays ≥ 12 px) and returns the colours it could not map.
 */
export function themeSvg(svg: string): { svg: string; unmapped: string[] } {
  // Rules for Mermaid's "neo" look, which these diagrams do not use (they also carry fixed shadows).
  let out = svg.replace(
    /(<style>)([\s\S]*?)(<\/style>)/,
    (_all, open: string, css: string, close: string) => {
      const kept = css.replace(/[^{}]*\{[^{}]*\}/g, (rule) => {
        const selectors = rule.slice(0, rule.indexOf('{')).split(',');
        return selectors.every((s) => s.includes('[data-look="neo"]')) ? '' : rule;
      });
      return `${open}${kept}${close}`;
    },
  );
  for (const [name, hex] of Object.entries(SENTINELS)) {
    const variable = `var(--camadas-diagram-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)})`;
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    out = out
      .replace(new RegExp(hex, 'gi'), variable)
      // Mermaid writes some of them as rgb()/rgba(), edge label backgrounds half transparent: opaque
      // here, so that labels keep their contrast over the lines they cross.
      .replace(new RegExp(`rgba?\\(\\s*${r},\\s*${g},\\s*${b}(,\\s*[\\d.]+)?\\s*\\)`, 'g'), variable);
  }
  // Literals Mermaid writes whatever the theme: state diagrams' alternate composite states, and the
  // presentation attributes of sequence diagram actors (which its own CSS overrides).
  for (const [literal, name] of [
    ['#e0e0e0', 'cluster'],
    ['#eaeaea', 'node'],
    ['#666', 'border'],
    ['#999', 'line'],
  ])
    out = out.replace(new RegExp(`${literal}\\b`, 'gi'), `var(--camadas-diagram-${name})`);
  // Shadows are decoration whose colour needs no mode.
  const withoutShadows = out.replace(/(drop-shadow\([^;}]*\)|box-shadow:[^;}]*)/g, '');
  const colours = [...withoutShadows.matchAll(/#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)/gi)].map(
    (m) => m[0],
  );
  const unmapped = [...new Set(colours.filter((c) => !NEUTRAL_COLOURS.test(c)))];
  const viewBox = /viewBox="([\d.\-\s]+)"/.exec(out)?.[1]?.trim().split(/\s+/).map(Number);
  if (viewBox && viewBox.length === 4) {
    const width = Math.ceil(viewBox[2]);
    out = out.replace(
      /(<svg\b[^>]*?)\sstyle="[^"]*"/,
      `$1 style="max-width:${width}px;min-width:${Math.min(width, Math.ceil(width * 0.75))}px"`,
    );
  }
  return { svg: out, unmapped };
}

/** Author colours (classDef fill/stroke/color) are allowed: they are written on purpose. */
function authorColours(source: string): Set<string> {
  const allowed = new Set<string>();
  for (const [hex] of source.matchAll(/#[0-9a-f]{6}\b/gi)) {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    allowed.add(hex.toLowerCase()).add(`rgb(${r}, ${g}, ${b})`).add(`rgb(${r},${g},${b})`);
  }
  return allowed;
}

export async function renderDiagrams(sources: string[]): Promise<RenderedDiagram[]> {
  if (sources.length === 0) return [];
  const require = createRequire(__filename);
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  // The page gets Mermaid and its ELK layout (ES modules that import their chunks) from a made-up
  // origin answered from node_modules: nothing is fetched from the network.
  const roots: Record<string, string> = {
    mermaid: join(require.resolve('mermaid/package.json'), '..', 'dist'),
    elk: join(require.resolve('@mermaid-js/layout-elk/package.json'), '..', 'dist'),
  };
  const origin = 'http://camadas-render.invalid';
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS] });
  try {
    const page = await browser.newPage();
    await page.route(`${origin}/**`, (route) => {
      const [, root, ...rest] = new URL(route.request().url()).pathname.split('/');
      const file = roots[root] ? join(roots[root], ...rest) : undefined;
      if (!file || !rest.length || !file.startsWith(roots[root]) || !existsSync(file))
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><body></body></html>' });
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
    });
    await page.goto(`${origin}/`);
    await page.addScriptTag({ url: `${origin}/mermaid/mermaid.min.js` });
    // Diagrams choose ELK with `config: layout: elk` in their front matter (it keeps edge labels apart).
    await page.evaluate(async (url) => {
      const mermaid = (globalThis as unknown as { mermaid: typeof import('mermaid').default }).mermaid;
      const layouts = (await import(/* @vite-ignore */ url)).default;
      mermaid.registerLayoutLoaders(layouts);
    }, `${origin}/elk/mermaid-layout-elk.esm.min.mjs`);
    const results: RenderedDiagram[] = [];
    for (const source of sources) {
      const id = `d${diagramKey(source).slice(0, 8)}`;
      const svg = await page.evaluate(
        async ({ id, source, themeVariables, font }) => {
          const mermaid = (globalThis as unknown as { mermaid: typeof import('mermaid').default }).mermaid;
          mermaid.initialize({
            startOnLoad: false,
            securityLevel: 'strict',
            theme: 'base',
            themeVariables: { ...themeVariables, fontFamily: font },
            fontFamily: font,
            deterministicIds: true,
            deterministicIDSeed: id,
          });
          return (await mermaid.render(id, source)).svg;
        },
        { id, source, themeVariables: THEME_VARIABLES, font: DIAGRAM_FONT },
      );
      const themed = themeSvg(svg);
      const allowed = authorColours(source);
      const stray = themed.unmapped.filter((c) => !allowed.has(c.toLowerCase()));
      if (stray.length > 0 && !process.env.CAMADAS_DIAGRAMS_LENIENT)
        throw new Error(
          `Diagram ${id} has colours that follow neither colour mode (${stray.join(', ')}): map them in plugins/mermaid-svg/render.ts.\n${source}`,
        );
      results.push({ source, svg: themed.svg });
    }
    return results;
  } finally {
    await browser.close();
  }
}
