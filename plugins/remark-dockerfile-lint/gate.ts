/**
 * The build gate: a Docusaurus plugin that, before any page is bundled, checks every Dockerfile snippet
 * of every docs/pages file of every locale (from disk, with the same code as the remark plugin).
 * `docusaurus build`: any violation prints the full list (no stack trace) and exits with code 1.
 * `docusaurus start`: the same list is printed as warnings and the site keeps serving.
 * Docusaurus loads plugins once per locale; the result is kept on globalThis so a build checks once.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { findContentFiles, isGeneratedPage } from '../../src/snippets/discover';
import {
  lintGeneratedMarkdown,
  lintMarkdownSource,
  type MarkdownFileReport,
} from '../../src/snippets/markdown-file';
import { defaultLocale, message } from '../../src/snippets/messages';
import { countViolations, formatViolations } from '../../src/snippets/report';

const CONTENT_ROOTS = [
  'docs',
  'src/pages',
  'blog',
  'i18n/en/docusaurus-plugin-content-docs/current',
  'i18n/en/docusaurus-plugin-content-pages',
  'i18n/en/docusaurus-plugin-content-blog',
];

interface GateState {
  checked: boolean;
  /** The line printed at the end of the build. */
  summary?: string;
}

const holder = globalThis as { __camadasDockerfileGate?: GateState };
holder.__camadasDockerfileGate ??= { checked: false };
const state: GateState = holder.__camadasDockerfileGate;

export interface SiteLintResult {
  reports: MarkdownFileReport[];
  snippets: number;
  locales: number;
  milliseconds: number;
}

export function lintSite(siteDir: string): SiteLintResult {
  const started = performance.now();
  const reports = CONTENT_ROOTS.flatMap((root) => findContentFiles(join(siteDir, root))).map(({ path }) => {
    const source = readFileSync(path, 'utf8');
    const lintFile = isGeneratedPage(source) ? lintGeneratedMarkdown : lintMarkdownSource;
    return lintFile(source, relative(siteDir, path));
  });
  return {
    reports,
    snippets: reports.reduce((sum, r) => sum + r.snippets, 0),
    locales: new Set(reports.map((r) => r.locale)).size,
    milliseconds: performance.now() - started,
  };
}

/** The locales this `docusaurus build` builds: the one of `--locale X`, else all (default first). */
function builtLocales(context: LoadContext): string[] {
  const flag = process.argv.indexOf('--locale');
  if (flag > 0 && process.argv[flag + 1]) return [process.argv[flag + 1]];
  const { defaultLocale, locales } = context.i18n;
  return [defaultLocale, ...locales.filter((l) => l !== defaultLocale)];
}

export default function dockerfileLintGate(context: LoadContext): Plugin {
  const isBuild = process.env.NODE_ENV === 'production';
  return {
    name: 'camadas-dockerfile-lint-gate',
    getPathsToWatch() {
      return CONTENT_ROOTS.map((root) => join(context.siteDir, root, '**/*.{md,mdx}'));
    },
    async loadContent() {
      if (isBuild && state.checked) return;
      state.checked = true;
      const result = lintSite(context.siteDir);
      const failures = countViolations(result.reports);
      // The terminal speaks the contributor's language (LANG); each finding speaks its file's locale.
      const ui = defaultLocale();
      const summary = message('gateSummary', ui, {
        snippets: String(result.snippets),
        locales: String(result.locales),
        ms: String(Math.round(result.milliseconds)),
      });
      state.summary = summary;
      if (failures === 0) {
        if (!isBuild) console.log(`[camadas] ${summary}`);
        return;
      }
      const list = formatViolations(result.reports);
      const count = String(failures);
      if (isBuild) {
        console.error(
          `\n[camadas] ${message('gateStops', ui, { count })}\n\n${list}\n\n[camadas] ${summary}`,
        );
        process.exit(1);
      }
      console.warn(`\n[camadas] ${message('gateWarns', ui, { count })}\n\n${list}\n\n[camadas] ${summary}`);
    },
    async postBuild() {
      // Locales are built one after the other (default first); report once, after the last one.
      const locales = builtLocales(context);
      if (state.summary && context.i18n.currentLocale === locales[locales.length - 1]) {
        console.log(`[camadas] ${state.summary}`);
      }
    },
  };
}
