// The JavaScript a built page loads: Chromium opens it from the build directory (served through a
// request handler, no server) and every JS response until the network is idle is summed, raw and gzip.
// Also the part of it that is the editor or the lint engine (CodeMirror, mvdan-sh), which must be
// nowhere but the playground. Usage:
//   node bench/page-js.mjs [buildDir] [page …]
// default: build, docs/intro en/docs/dockerfile/copy docs/rules/DL3006 playground en/playground
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const [buildDir = 'build', ...pages] = process.argv.slice(2);
const list =
  pages.length > 0
    ? pages
    : ['docs/intro', 'en/docs/dockerfile/copy', 'docs/rules/DL3006', 'playground', 'en/playground'];
const ORIGIN = 'http://camadas.test';

function fileFor(pathname) {
  const base = join(buildDir, decodeURIComponent(pathname).replace(/^\//, ''));
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const TYPES = {
  js: 'text/javascript',
  css: 'text/css',
  html: 'text/html',
  json: 'application/json',
  svg: 'image/svg+xml',
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const page of list) {
    const context = await browser.newContext();
    await context.route(`${ORIGIN}/**`, (route) => {
      const file = fileFor(new URL(route.request().url()).pathname);
      if (!file) return route.fulfill({ status: 404, body: 'not found' });
      const ext = file.split('.').pop();
      return route.fulfill({
        status: 200,
        body: readFileSync(file),
        contentType: TYPES[ext] ?? 'application/octet-stream',
      });
    });
    const seen = new Map();
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('.js') && !seen.has(url.pathname))
        seen.set(url.pathname, {
          file: fileFor(url.pathname),
          prefetch: request.resourceType() !== 'script',
        });
    });
    const tab = await context.newPage();
    await tab.goto(`${ORIGIN}/${page}`, { waitUntil: 'networkidle' });
    // main.js parses for a while on a busy machine before it asks for the route's chunks: wait them out
    await tab.waitForTimeout(2000);
    await tab.waitForLoadState('networkidle');
    if (process.env.PAGE_JS_VERBOSE) console.log([...seen.keys()].join('\n'));
    let raw = 0;
    let gz = 0;
    let count = 0;
    let prefetchCount = 0;
    let prefetchGz = 0;
    let heavy = 0;
    for (const [, { file, prefetch }] of seen) {
      if (!file) continue;
      const body = readFileSync(file);
      const g = gzipSync(body).length;
      if (/mvdan|EditorView|StreamLanguage/.test(body.toString('latin1'))) heavy += g;
      if (prefetch) {
        prefetchCount++;
        prefetchGz += g;
        continue;
      }
      count++;
      raw += body.length;
      gz += g;
    }
    console.log(
      `${page}: loaded ${count} JS files, ${raw} B raw, ${gz} B gzip (${(gz / 1024).toFixed(1)} KiB); prefetched on idle ${prefetchCount} files, ${prefetchGz} B gzip; editor/engine code among all: ${heavy} B gzip`,
    );
    await context.close();
  }
} finally {
  await browser.close();
}
