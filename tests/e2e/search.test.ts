// Search in the built site, as a reader uses it: the navbar dialog by keyboard in both locales, the
// full results page by URL, the other locale's hits, recent searches, lazy loading, and no HTML
// injection from a query.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, screenshotDir } from './browser';

let page: Page;
let base: string;
let close: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  ({ page, base, close } = await openBuiltSite(3872));
});

afterAll(async () => {
  await close();
});

/** Opens a page and waits until React has hydrated it (the keyboard shortcuts need it). */
async function open(path: string, on: Page = page) {
  await on.goto(`${base}${path}`);
  await on.locator('button[data-hydrated="true"]').waitFor();
}

const dialog = () => page.locator('[role="dialog"]');
const input = () => dialog().locator('input[role="combobox"]');
const options = () => dialog().locator('[role="option"]');

async function typeQuery(query: string) {
  await input().fill(query);
  await options().first().waitFor({ timeout: 15_000 });
}

describe('search in the built site', () => {
  it('pt-BR: Ctrl+K opens the dialog; arrows and Enter land on the right section', async () => {
    await open(`/docs/intro`);
    await page.keyboard.press('Control+k');
    await input().waitFor();
    await expect(input().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await typeQuery('camada gravavel');
    await page.screenshot({ path: join(screenshotDir, 'search-dialog-pt-BR.png') });
    // Grouped by page: the group's name is the page title.
    await expect(dialog().locator('[role="group"]').first().getAttribute('aria-label')).resolves.toBeTruthy();
    await expect(dialog().locator('mark').count()).resolves.toBeGreaterThan(0);
    const texts = await options().allTextContents();
    const target = texts.findIndex((text) => text.startsWith('A camada gravável e o copy-on-write'));
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await expect(options().nth(target).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/docs\/images\/layers#a-camada-grav/);
    const heading = page.locator('h2', { hasText: 'copy-on-write' });
    await heading.waitFor({ state: 'visible' });
    // The router scrolls to the anchor once the page has rendered: wait for it.
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        return Boolean(box && box.y >= 0 && box.y < 900);
      })
      .toBe(true);
    await expect(dialog().count()).resolves.toBe(0);
  });

  it('en: the button opens the dialog; a Portuguese word finds the English page', async () => {
    await open(`/en/docs/intro`);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    // Typed at once, while the dialog's code may still be loading: no keystroke is lost.
    await page.keyboard.type('camada');
    await options().first().waitFor({ timeout: 15_000 });
    await expect(input().inputValue()).resolves.toBe('camada');
    await page.screenshot({ path: join(screenshotDir, 'search-dialog-en.png') });
    const first = await options().first().locator('[data-href]').getAttribute('data-href');
    expect(first).toMatch(/^\/en\/docs\/images\/layers/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/docs\/images\/layers/);
  });

  it('"/" opens the dialog, Escape closes it, and recent searches are offered', async () => {
    await open(`/en/docs/glossary`);
    await page.keyboard.press('/');
    await input().waitFor();
    await expect(dialog().textContent()).resolves.toContain('Recent searches');
    await expect(dialog().textContent()).resolves.toContain('camada');
    await page.keyboard.press('Escape');
    await expect(dialog().count()).resolves.toBe(0);
  });

  it('opens a result on click (options hold no link: axe nested-interactive)', async () => {
    await open(`/docs/intro`);
    await page.keyboard.press('Control+k');
    await typeQuery('camada gravavel');
    await expect(options().first().locator('a, button, [tabindex]').count()).resolves.toBe(0);
    const target = await options().first().locator('[data-href]').getAttribute('data-href');
    await options().first().click();
    await page.waitForURL((url) => decodeURIComponent(`${url.pathname}${url.hash}`) === target);
    await expect(dialog().count()).resolves.toBe(0);
  });

  it('offers the other locale when the current one has nothing', async () => {
    await open(`/en/docs/intro`);
    await page.keyboard.press('Control+k');
    await typeQuery('vazamento');
    await expect(dialog().textContent()).resolves.toContain('Nothing on the English pages');
    const href = await options().first().locator('[data-href]').getAttribute('data-href');
    expect(href).toMatch(/^\/docs\//);
    await page.keyboard.press('Escape');
  });

  it('shows a query as text, never as HTML', async () => {
    await open(`/docs/intro`);
    await page.keyboard.press('Control+k');
    const query = '<img src=x onerror="window.__pwned=1">';
    await input().fill(query);
    await dialog().locator('[role="option"], p').first().waitFor();
    await expect(input().inputValue()).resolves.toBe(query);
    await expect(dialog().locator('img').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).resolves.toBeUndefined();
    await page.keyboard.press('Escape');
  });

  it.each([
    ['pt-BR', '', 'dl3006', '/docs/rules/DL3006', 'Resultados para'],
    ['en', '/en', 'layers', '/en/docs/images/layers', 'Results for'],
  ])('%s: the results page answers a shared URL', async (locale, prefix, query, first, title) => {
    await open(`${prefix}/search?q=${encodeURIComponent(query)}`);
    await page.locator('main a[href*="/docs/"]').first().waitFor({ timeout: 15_000 });
    // The heading stays put (no layout shift when the query is read); the tab's title names the query.
    await expect(page.title()).resolves.toContain(title);
    const href = await page.locator('main li a').first().getAttribute('href');
    expect(href?.split('#')[0]).toBe(first);
    await page.screenshot({ path: join(screenshotDir, `search-page-${locale}.png`) });
    // Typing updates the URL, so the page can be shared as it is.
    await page.locator('main input[type="search"]').fill('copy-on-write');
    await page.waitForURL(/[?&]q=copy-on-write/);
  });

  it('loads the index only when the search box is first used', async () => {
    const fresh = await page.context().newPage();
    const scripts: string[] = [];
    fresh.on('response', async (response) => {
      if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
    });
    await open('/docs/images/layers', fresh);
    await fresh.waitForLoadState('networkidle');
    const holdsIndex = (text: string) => text.includes('"records":[') || text.includes('records:[');
    expect(scripts.some(holdsIndex)).toBe(false);
    await fresh.getByRole('button', { name: 'Buscar', exact: true }).focus();
    await fresh.waitForLoadState('networkidle');
    await expect.poll(() => scripts.some(holdsIndex), { timeout: 15_000 }).toBe(true);
    await fresh.close();
  });
});
