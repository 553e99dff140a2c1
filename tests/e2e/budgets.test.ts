// Page weight: the JavaScript each page type loads (gzip-compressed, until the network is idle) stays
// within its budget in bench/page-budgets.json, in both locales. Raise a budget only on purpose, in the
// same commit as the change that needs it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_PREFIXES, PAGE_TYPES, readBudgets, serveStatic } from '../../bench/static-server';
import { ensureFreshBuild, launchChromium, root } from './browser';

let page: Page;
let base: string;
const cleanups: (() => unknown)[] = [];
const budgets = readBudgets();

beforeAll(async () => {
  ensureFreshBuild();
  const { url, server } = await serveStatic(`${root}/build`, 3875);
  cleanups.push(() => server.close());
  base = url;
  const chromium = await launchChromium();
  cleanups.push(chromium.close);
  page = await chromium.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  // Every page is measured as a first visit: nothing comes from the previous page's cache.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
});

/** What each page weighed (tmp/page-js-bytes.json), to set budgets from figures. */
const measured: Record<string, number> = {};

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  mkdirSync(`${root}/tmp`, { recursive: true });
  writeFileSync(`${root}/tmp/page-js-bytes.json`, `${JSON.stringify(measured, null, 2)}\n`);
});

/** Compressed bytes of every script the page loads by itself (no interaction). */
async function scriptBytes(url: string): Promise<number> {
  const sizes: Promise<number>[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    if (response.request().resourceType() === 'script')
      sizes.push(
        response.body().then(
          (body) => gzipSync(body, { level: 9 }).length,
          () => 0,
        ),
      );
  };
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    // Code loaded after hydration counts too: wait for it, then for the network to settle.
    await page.locator('button[data-hydrated="true"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  } finally {
    page.off('response', onResponse);
  }
}

describe('page JavaScript budgets (bench/page-budgets.json)', () => {
  it('has a budget for every page type', () => {
    expect(PAGE_TYPES.map((p) => p.type).filter((type) => !(budgets.jsBytes[type] > 0))).toEqual([]);
  });

  for (const { type, path } of PAGE_TYPES)
    for (const { locale, prefix } of LOCALE_PREFIXES)
      it(`${type} (${locale}) loads at most its JS budget`, async () => {
        const bytes = await scriptBytes(`${base}${prefix}${path}`);
        measured[`${type} (${locale})`] = bytes;
        expect(bytes).toBeGreaterThan(0);
        expect(bytes, `${type} (${locale}): ${bytes} bytes of JS`).toBeLessThanOrEqual(budgets.jsBytes[type]);
      });
});
