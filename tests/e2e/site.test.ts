import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../plugins/compile-hints';
import { pageScripts } from '../../plugins/ssr-template';
import { openBuiltSite, screenshotDir } from './browser';

let page: Page;
let base: string;
let close: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  ({ page, base, close } = await openBuiltSite(3871));
});

afterAll(async () => {
  await close();
});

/** The element's box, padded, for a screenshot of just that part of the page. */
async function clip(locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not visible');
  return {
    x: Math.max(0, box.x - 8),
    y: Math.max(0, box.y - 8),
    width: box.width + 16,
    height: box.height + 16,
  };
}

const shot = (name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });

describe('the built site in Chromium', () => {
  it('serves the pt-BR home at / with lang="pt-BR"', async () => {
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('pt-BR');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Camadas');
    await expect(page.locator('main').textContent()).resolves.toContain('Como os exemplos são verificados');
    await shot('home-pt-BR');
  });

  it('serves the English home at /en/ with lang="en"', async () => {
    await page.goto(`${base}/en/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('main').textContent()).resolves.toContain('How the examples are checked');
    await shot('home-en');
  });

  it('switches a docs page to English with the locale dropdown and stays on the same page', async () => {
    await page.goto(`${base}/docs/seed-notes`);
    expect(await page.getAttribute('html', 'lang')).toBe('pt-BR');
    await shot('docs-seed-notes-pt-BR');
    await page.locator('.navbar__items--right .dropdown').first().hover();
    await page.locator('.dropdown__menu a[lang="en"]').first().click();
    await page.waitForURL(`${base}/en/docs/seed-notes`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('article h1').textContent()).resolves.toBe('Original notes');
    await shot('docs-seed-notes-en');
  });

  it('declares hreflang alternates for both locales', async () => {
    await page.goto(`${base}/en/docs/intro`);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href') ?? '').pathname}`),
      );
    expect(alternates).toEqual(
      expect.arrayContaining(['pt-BR /docs/intro', 'en /en/docs/intro', 'x-default /docs/intro']),
    );
  });

  it('shows a translated 404 page in each locale', async () => {
    const pt = await page.goto(`${base}/docs/nao-existe`);
    expect(pt?.status()).toBe(404);
    await expect(page.locator('main h1').textContent()).resolves.toMatch(/Página não encontrada/i);
    // Static hosts route /en/* misses to /en/404.html (docusaurus serve only knows the root one).
    await page.goto(`${base}/en/404.html`);
    await expect(page.locator('main h1').textContent()).resolves.toMatch(/Page Not Found/i);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('main a[href="/en/docs/rules"]').count()).resolves.toBe(1);
  });

  it('404: offers the docs, the rules and a search for the words of the missing address', async () => {
    await page.goto(`${base}/docs/imagens/camadas-perdidas`);
    await page.locator('main a[href^="/search"]').waitFor();
    expect(await page.locator('main a[href^="/search"]').getAttribute('href')).toBe(
      '/search?q=imagens%20camadas%20perdidas',
    );
    await expect(page.locator('main a[href="/docs/intro"]').count()).resolves.toBe(1);
    await expect(page.locator('main a[href="/docs/rules"]').count()).resolves.toBe(1);
    // docusaurus serve (like many hosts) answers /en/ misses with the root 404 page: English help too.
    await page.goto(`${base}/en/docs/gone`);
    const english = page.locator('main section[lang="en"]');
    await english.waitFor();
    await expect(english.locator('a[href="/en/search?q=gone"]').count()).resolves.toBe(1);
    await shot('not-found-en-miss');
  });

  it('links "Edit this page" to the file of the locale and shows the last update', async () => {
    await page.goto(`${base}/docs/intro`);
    expect(await page.locator('a.theme-edit-this-page').getAttribute('href')).toMatch(
      /\/edit\/main\/docs\/intro\.mdx$/,
    );
    await expect(page.locator('.theme-last-updated').count()).resolves.toBe(1);
    await page.goto(`${base}/en/docs/intro`);
    expect(await page.locator('a.theme-edit-this-page').getAttribute('href')).toMatch(
      /\/edit\/main\/i18n\/en\/docusaurus-plugin-content-docs\/current\/intro\.mdx$/,
    );
  });

  it('highlights Dockerfile code with Prism', async () => {
    await page.goto(`${base}/docs/intro`);
    const block = page.locator('pre.language-dockerfile, div.language-dockerfile pre').first();
    await expect(block.locator('.token').count()).resolves.toBeGreaterThan(3);
  });

  it.each([
    ['pt-BR', '', 'Exemplo problemático', 'linha'],
    ['en', '/en', 'Problematic example', 'line'],
  ])(
    '%s: marks a bad example and links its findings to the rule pages',
    async (locale, prefix, label, lineWord) => {
      await page.goto(`${base}${prefix}/docs/containers/processes-and-signals`);
      const bad = page.locator('[data-lint-status="bad-example"]').first();
      await expect(bad.textContent()).resolves.toContain(label);
      await expect(bad.locator('.theme-code-block-highlighted-line').count()).resolves.toBeGreaterThan(0);
      const link = bad.locator('a[href$="/docs/rules/JSONArgsRecommended"]').first();
      await expect(link.count()).resolves.toBe(1);
      await expect(bad.textContent()).resolves.toContain(lineWord);
      await bad.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(screenshotDir, `bad-example-${locale}.png`),
        clip: await clip(bad),
      });
      await link.click();
      await page.waitForURL(`${base}${prefix}/docs/rules/JSONArgsRecommended`);
      // Client-side navigation changes the URL before the new route has rendered: wait for its heading.
      await page.locator('article h1', { hasText: 'JSONArgsRecommended' }).waitFor({ timeout: 10_000 });
      await shot(`rule-page-${locale}`);
    },
  );

  it.each([
    ['pt-BR', '', '✓ verificado', 'camadas no BuildKit'],
    ['en', '/en', '✓ verified', 'layers with BuildKit'],
  ])(
    '%s: gives clean snippets a verified mark with their layer facts',
    async (locale, prefix, mark, facts) => {
      await page.goto(`${base}${prefix}/docs/images/base-images`);
      const clean = page.locator('[data-lint-status="clean"]').first();
      await expect(clean.textContent()).resolves.toContain(mark);
      await expect(clean.textContent()).resolves.toContain(facts);
      await clean.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(screenshotDir, `clean-example-${locale}.png`),
        clip: await clip(clean),
      });
    },
  );

  it.each([
    ['pt-BR', '', 'Referência de regras'],
    ['en', '/en', 'Rule reference'],
  ])('%s: lists every rule on the rules index', async (locale, prefix, title) => {
    await page.goto(`${base}${prefix}/docs/rules`);
    await expect(page.locator('article h1').textContent()).resolves.toBe(title);
    await expect(page.locator('article table tbody tr').count()).resolves.toBeGreaterThan(80);
    await shot(`rules-index-${locale}`);
  });

  it.each([
    ['pt-BR', '', /Criado/, /Estados de um contêiner/],
    ['en', '/en', /Created/, /A container's states/],
  ])(
    '%s: draws the lifecycle diagram as SVG in the HTML, named, with no diagram code loaded',
    async (locale, prefix, label, name) => {
      const scripts: string[] = [];
      const onRequest = (request: { resourceType: () => string; url: () => string }) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      };
      page.on('request', onRequest);
      const response = await page.goto(`${base}${prefix}/docs/containers/lifecycle`, {
        waitUntil: 'networkidle',
      });
      page.off('request', onRequest);
      // Server-rendered: the drawing is in the HTML itself, before any script runs.
      expect(await response?.text()).toMatch(/class="?camadas-diagram"? role="?img/);
      const diagram = page.locator('.camadas-diagram[role="img"]').first();
      await expect(diagram.getAttribute('aria-label')).resolves.toMatch(name);
      await expect(diagram.locator('svg').textContent()).resolves.toMatch(label);
      const code = await Promise.all(scripts.map((url) => fetch(url).then((r) => r.text())));
      // Mermaid's runtime (its API object, its layout loaders): the drawings' own CSS may say "mermaid".
      expect(scripts.filter((_url, i) => /mermaidAPI|registerLayoutLoaders/.test(code[i]))).toEqual([]);
      await diagram.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(screenshotDir, `diagram-lifecycle-${locale}.png`),
        clip: await clip(diagram),
      });
    },
  );

  it.each([
    ['pt-BR', ''],
    ['en', '/en'],
  ])(
    '%s: at 390 px the lifecycle diagram keeps its text at 12 px or more, scrolling sideways',
    async (_locale, prefix) => {
      const viewport = page.viewportSize();
      await page.setViewportSize({ width: 390, height: 844 });
      try {
        await page.goto(`${base}${prefix}/docs/containers/lifecycle`);
        const sizes = await page
          .locator('.camadas-diagram svg')
          .first()
          .evaluate((svg) => {
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
            const box = svg.parentElement as HTMLElement;
            const fonts = [...svg.querySelectorAll('text, span, p')]
              .filter((el) => (el.textContent ?? '').trim() !== '')
              .map((el) => Number.parseFloat(getComputedStyle(el).fontSize) * scale);
            return {
              smallest: Math.min(...fonts),
              scrolls: box.scrollWidth > box.clientWidth,
              focusable: box.tabIndex === 0,
            };
          });
        expect(sizes.smallest).toBeGreaterThanOrEqual(12);
        if (sizes.scrolls) expect(sizes.focusable).toBe(true);
      } finally {
        if (viewport) await page.setViewportSize(viewport);
      }
    },
  );

  it.each([
    ['pt-BR', '', 'Nesta página'],
    ['en', '/en', 'On this page'],
  ])(
    '%s: on a phone, the page swaps to the mobile table of contents after hydration, keeps the hidden desktop sidebar and fills the menu when it opens',
    async (_locale, prefix, onThisPage) => {
      const viewport = page.viewportSize();
      await page.setViewportSize({ width: 390, height: 844 });
      try {
        await page.goto(`${base}${prefix}/docs/containers/lifecycle`);
        // Once the window size is read, the desktop table of contents is gone (the theme's own swap) …
        await page.locator('.theme-doc-toc-desktop').waitFor({ state: 'detached', timeout: 10_000 });
        await page.locator('.navbar-sidebar').waitFor({ state: 'attached' });
        // … the server's desktop sidebar stays, hidden, instead of being deleted (src/theme/DocSidebar) …
        const desktopSidebar = page.locator('aside.theme-doc-sidebar-container .theme-doc-sidebar-menu');
        await expect(desktopSidebar.count()).resolves.toBe(1);
        await expect(desktopSidebar.isVisible()).resolves.toBe(false);
        // … and the closed menu holds no menus yet (src/theme/Navbar/MobileSidebar/Layout).
        await expect(page.locator('.navbar-sidebar .menu__list').count()).resolves.toBe(0);
        // The collapsible table of contents works, and the menu shows the docs sidebar once opened.
        await page.getByRole('button', { name: onThisPage }).click();
        await expect(
          page.locator('.theme-doc-toc-mobile a.table-of-contents__link').count(),
        ).resolves.toBeGreaterThan(2);
        await page.locator('button.navbar__toggle').click();
        const menu = page.locator('.navbar-sidebar');
        await menu.waitFor({ state: 'visible' });
        await expect(
          menu.locator(`a.menu__link[href="${prefix}/docs/containers/lifecycle"]`).count(),
        ).resolves.toBe(1);
      } finally {
        if (viewport) await page.setViewportSize(viewport);
      }
    },
  );

  it('serves code blocks highlighted in the HTML, in the colours of the mode, with copy buttons once hydrated', async () => {
    // The server's HTML alone: tokens are there before any script (plugins/code-highlight).
    const html = await (await fetch(`${base}/docs/rules/JSONArgsRecommended`)).text();
    expect(html).toMatch(/<span class="?token instruction keyword"? style="?--lc:/);
    const colourOf = async (scheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${base}/docs/rules/JSONArgsRecommended`);
      return page
        .locator('.theme-code-block .token.keyword')
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    };
    // The github and dracula keyword colours of src/prism-themes.ts.
    expect(await colourOf('light')).toBe('rgb(0, 0, 159)');
    expect(await colourOf('dark')).toBe('rgb(189, 147, 249)');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('.theme-code-block button').first().waitFor({ state: 'attached' });
  });

  it('loads its scripts after the first paint, main.js first-lined with the compile hint', async () => {
    const html = await (await fetch(`${base}/docs/rules/DL3008`)).text();
    // No <script src> in the page: the inline loader requests them (plugins/ssr-template.ts).
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    const scripts = pageScripts(html);
    expect(scripts.slice(0, 2).map((src) => src.replace(/\.[0-9a-f]+\.js$/, ''))).toEqual([
      '/assets/js/runtime~main',
      '/assets/js/main',
    ]);
    const main = await (await fetch(`${base}${scripts[1]}`)).text();
    expect(main.split('\n', 1)[0]).toBe(COMPILE_HINT);
    // The route's chunks come in the same list (plugins/route-chunks): hydrating asks for no other script.
    expect(scripts.length).toBeGreaterThan(4);
    const requested: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (request.url().endsWith('.js')) requested.push(new URL(request.url()).pathname);
    };
    // With the cache off, every script the page runs is a request.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    page.on('request', onRequest);
    try {
      await page.goto(`${base}/docs/rules/DL3008`);
      await page.locator('button[data-hydrated="true"]').first().waitFor();
    } finally {
      page.off('request', onRequest);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
      await cdp.detach();
    }
    expect(new Set(requested)).toEqual(new Set(scripts));
  });

  it('prefetches pages on hover, not when their links scroll into view', async () => {
    await page.goto(`${base}/docs/rules/JSONArgsRecommended`);
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await page.waitForTimeout(1000);
    await expect(page.locator('link[rel="prefetch"]').count()).resolves.toBe(0);
    // Hovering a link loads the code of its page (Docusaurus's preload; webpack removes the tags after).
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.locator('.pagination-nav__link--next').hover();
    await expect.poll(() => scripts.length).toBeGreaterThan(0);
  });

  it('renders dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${base}/docs/intro`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await shot('docs-intro-pt-BR-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
