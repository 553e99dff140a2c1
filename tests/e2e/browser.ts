// Shared helpers for the browser tests: a fresh production build served on 127.0.0.1 and Debian's Chromium.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../plugins/chromium';

export const root = join(__dirname, '..', '..');
export const screenshotDir = join(root, 'tmp', 'screenshots');
const buildDir = join(root, 'build');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Builds the site unless build/ is newer than every source it is made from. */
export function ensureFreshBuild(): void {
  const sources = ['docs', 'i18n', 'src', 'static', 'plugins', 'docusaurus.config.ts', 'sidebars.ts']
    .map((p) => join(root, p))
    .filter(existsSync);
  const marker = join(buildDir, 'index.html');
  if (existsSync(marker) && statSync(marker).mtimeMs > Math.max(...sources.map(newestMtime))) return;
  const result = spawnSync('npx', ['docusaurus', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('docusaurus build failed');
}

/**
 * The port a test file asked for, moved by `E2E_PORT_OFFSET` (default 0): several worktrees on one
 * machine can run their browser tests at the same time without one serving the other's build.
 */
export function e2ePort(port: number): number {
  const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
  return port + (Number.isInteger(offset) && offset >= 0 && offset < 50_000 ? offset : 0);
}

export async function serveBuild(requested: number): Promise<{ url: string; stop: () => void }> {
  const port = e2ePort(requested);
  const server: ChildProcess = spawn(
    'npx',
    ['docusaurus', 'serve', '--dir', 'build', '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`docusaurus serve did not answer on ${url}`);
}

/**
 * A site page runs its scripts only after its first paint (plugins/ssr-template.ts), so `load` no longer
 * means React has hydrated it: until then, its buttons do nothing. `goto` and `reload` on every page of
 * these contexts also wait for Docusaurus' `data-has-hydrated` (pages without it pass at once).
 */
function waitForHydration(page: Page): void {
  const hydrated = 'document.documentElement.dataset.hasHydrated !== "false"';
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await page.waitForFunction(hydrated);
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    const response = await reload(options);
    await page.waitForFunction(hydrated);
    return response;
  };
}

/** Debian's Chromium with the flags this machine needs and a fresh, throw-away profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'camadas-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: 1280, height: 900 },
  });
  for (const page of context.pages()) waitForHydration(page);
  context.on('page', waitForHydration);
  mkdirSync(screenshotDir, { recursive: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh build served on `port` and a Chromium page on it: the setup every browser test file shares. */
export async function openBuiltSite(
  port: number,
): Promise<{ page: Page; base: string; close: () => Promise<void> }> {
  ensureFreshBuild();
  const server = await serveBuild(port);
  try {
    const chromium = await launchChromium();
    const page = await chromium.context.newPage();
    return {
      page,
      base: server.url,
      close: async () => {
        await chromium.close();
        server.stop();
      },
    };
  } catch (error) {
    server.stop();
    throw error;
  }
}
