// Every URL of both sitemaps, requested directly (a reload or a shared link, not client-side navigation),
// answers 200 from `docusaurus serve`, and the server is still up afterwards.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/site';
import { ensureFreshBuild, root, serveBuild } from './browser';

let base = '';
let stop = () => {};

beforeAll(async () => {
  ensureFreshBuild();
  const server = await serveBuild(3872);
  base = server.url;
  stop = server.stop;
}, 600_000);

afterAll(() => stop());

function sitemapUrls(): string[] {
  const urls: string[] = [];
  for (const file of ['build/sitemap.xml', 'build/en/sitemap.xml']) {
    const path = join(root, file);
    expect(existsSync(path), file).toBe(true);
    for (const m of readFileSync(path, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) urls.push(m[1]);
  }
  return urls;
}

describe('the sitemap', () => {
  it('lists only ASCII paths (category pages have slugs like /docs/category/containers)', () => {
    const urls = sitemapUrls();
    expect(urls.length).toBeGreaterThan(100);
    for (const url of urls) expect(url, url).toMatch(/^[\x21-\x7e]+$/);
    for (const url of urls) expect(url, url).not.toContain('%');
    expect(urls).toContain(`${SITE_URL}/docs/category/containers`);
    expect(urls).toContain(`${SITE_URL}/en/docs/category/containers`);
  });

  it('every URL answers 200 when requested directly, and the server stays up', async () => {
    const failures: string[] = [];
    for (const url of sitemapUrls()) {
      const local = `${base}${new URL(url).pathname}`;
      try {
        const response = await fetch(local, { redirect: 'follow' });
        if (response.status !== 200) failures.push(`${response.status} ${local}`);
        await response.arrayBuffer();
      } catch (error) {
        failures.push(`${(error as Error).message} ${local}`);
      }
    }
    expect(failures).toEqual([]);
    expect((await fetch(`${base}/`)).status).toBe(200);
  }, 300_000);
});
