// Accessibility of the built site: axe-core on every page type, in both locales and both colour modes.
// axe-core is injected as a plain script (one document, no frames), the way its own docs show, so the
// test needs no Playwright wrapper. The figures of each run are also written to tmp/a11y-report.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, root, screenshotDir } from './browser';

const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA, plus axe's best practices (landmarks, headings, redundant alt text…). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let page: Page;
let base: string;
let close: () => Promise<void> = async () => undefined;
const report: Record<string, { violations: number; nodes: number; rules: string[]; sample: string[] }> = {};

beforeAll(async () => {
  ({ page, base, close } = await openBuiltSite(3873));
});

afterAll(async () => {
  writeFileSync(join(root, 'tmp', 'a11y-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe on the page as it is now and returns one readable line per failing node. */
async function axeViolations(key: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global injected above
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations as Violation[];
  }, TAGS);
  const lines = violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} [${v.impact}] ${v.help} — ${n.target.join(' ')}: ${(n.failureSummary ?? '').split('\n').slice(0, 2).join(' ')}`,
    ),
  );
  report[key] = {
    violations: violations.length,
    nodes: lines.length,
    rules: violations.map((v) => `${v.id} (${v.nodes.length})`),
    sample: violations.flatMap((v) => lines.filter((l) => l.startsWith(`${v.id} `)).slice(0, 3)),
  };
  return lines;
}

/** Opens a page and waits until React has hydrated it (diagrams are SVG in the HTML already). */
async function open(path: string): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.locator('button[data-hydrated="true"]').first().waitFor();
}

async function openSearchDialog(path: string, query: string): Promise<void> {
  await open(path);
  await page.keyboard.press('Control+k');
  const input = page.locator('[role="dialog"] input[role="combobox"]');
  await input.waitFor();
  await input.fill(query);
  await page.locator('[role="dialog"] [role="option"]').first().waitFor({ timeout: 15_000 });
}

const pageTypes: [string, (prefix: string) => Promise<void>][] = [
  ['home', (prefix) => open(`${prefix}/`)],
  ['guide page', (prefix) => open(`${prefix}/docs/containers/lifecycle`)],
  ['guide page with examples', (prefix) => open(`${prefix}/docs/images/base-images`)],
  ['rule page', (prefix) => open(`${prefix}/docs/rules/JSONArgsRecommended`)],
  ['rules index', (prefix) => open(`${prefix}/docs/rules`)],
  ['search page', (prefix) => open(`${prefix}/search?q=camadas`)],
  ['search dialog', (prefix) => openSearchDialog(`${prefix}/docs/intro`, 'camadas')],
  ['404 page', (prefix) => open(`${prefix}/404.html`)],
  [
    'playground with findings',
    async (prefix) => {
      await open(`${prefix}/playground`);
      await page.locator('[data-playground-ready="true"]').waitFor({ timeout: 30_000 });
    },
  ],
];

const locales: [string, string][] = [
  ['pt-BR', ''],
  ['en', '/en'],
];

describe.each(['light', 'dark'] as const)('axe-core finds no violation (%s mode)', (scheme) => {
  describe.each(locales)('%s', (locale, prefix) => {
    it.each(pageTypes)('%s', async (type, visit) => {
      await page.emulateMedia({ colorScheme: scheme });
      await visit(prefix);
      expect(await page.getAttribute('html', 'data-theme')).toBe(scheme);
      const found = await axeViolations(`${type} | ${locale} | ${scheme}`);
      if (found.length > 0)
        await page.screenshot({
          path: join(screenshotDir, `a11y-${type.replaceAll(' ', '-')}-${locale}-${scheme}.png`),
        });
      expect(found, found.join('\n')).toEqual([]);
    });
  });
});

/**
 * The playground's two states before its editor: the plain-text stand-in while CodeMirror's code is on
 * its way (held here until axe has run), and the message when that code cannot be loaded (refused).
 */
describe.each(['light', 'dark'] as const)(
  "axe-core finds no violation in the playground's states before its editor (%s mode)",
  (scheme) => {
    /** Routes the scripts that hold CodeMirror's editor (the view module) through `handle`. */
    async function routeEditorCode(handle: () => Promise<'abort' | 'fulfill'>): Promise<void> {
      await page.route('**/*.js', async (route) => {
        const response = await route.fetch();
        const editor = (await response.text()).includes('EditorView');
        // The page may be gone by the time a held script is released.
        if (editor && (await handle()) === 'abort') await route.abort().catch(() => undefined);
        else await route.fulfill({ response }).catch(() => undefined);
      });
    }

    it.each(locales)('%s: the stand-in while the editor loads', async (locale, prefix) => {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await routeEditorCode(async () => {
        await held;
        return 'fulfill';
      });
      try {
        await page.emulateMedia({ colorScheme: scheme });
        await open(`${prefix}/playground`);
        await page.locator('[data-testid="editor-stand-in"]').waitFor();
        const found = await axeViolations(`playground stand-in | ${locale} | ${scheme}`);
        expect(found, found.join('\n')).toEqual([]);
      } finally {
        release();
        await page.unroute('**/*.js');
      }
    });

    it.each(locales)('%s: the message when the editor cannot load', async (locale, prefix) => {
      await routeEditorCode(async () => 'abort');
      try {
        await page.emulateMedia({ colorScheme: scheme });
        await open(`${prefix}/playground`);
        await page
          .getByText(
            locale === 'en' ? 'The playground could not be loaded' : 'Não foi possível carregar o playground',
          )
          .waitFor();
        const found = await axeViolations(`playground load error | ${locale} | ${scheme}`);
        expect(found, found.join('\n')).toEqual([]);
      } finally {
        await page.unroute('**/*.js');
      }
    });
  },
);
