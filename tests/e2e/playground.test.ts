// The playground in the built site, as a reader uses it: type a bad Dockerfile and see the rules, in
// both locales; a shared link reproduces the state; back/forward; a docs example opens in it; a
// 10 000-line file keeps typing responsive; and no docs page loads the editor or the engine.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_STATE, encodeState } from '../../src/playground/url-state';
import { ensureFreshBuild, launchChromium, screenshotDir, serveBuild } from './browser';

let page: Page;
let base: string;
let newPage: () => Promise<Page>;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  ensureFreshBuild();
  const server = await serveBuild(3874);
  cleanups.push(server.stop);
  base = server.url;
  const chromium = await launchChromium();
  cleanups.push(chromium.close);
  newPage = () => chromium.context.newPage();
  page = await newPage();
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const BAD = 'FROM debian\nWORKDIR app\nRUN apt-get update && apt-get install -y curl\n';

/** Opens the playground and waits for the first findings (editor and worker both up). */
async function openPlayground(path: string, on: Page = page) {
  await on.goto(`${base}${path}`);
  await on.locator('[data-playground-ready="true"]').waitFor({ timeout: 30_000 });
}

async function editorText(on: Page = page): Promise<string> {
  return (await on.locator('.cm-content .cm-line').allTextContents()).join('\n');
}

async function findingIds(on: Page = page): Promise<string[]> {
  return on.locator('[data-testid="findings"] li a code').allTextContents();
}

/** Waits until the findings list shows (or stops showing) a rule. */
async function waitForRule(id: string, present = true, on: Page = page) {
  await on.waitForFunction(
    ([rule, want]) =>
      [...document.querySelectorAll('[data-testid="findings"] li a code')].some(
        (c) => c.textContent === rule,
      ) === want,
    [id, present] as const,
    { timeout: 20_000 },
  );
}

async function typeDockerfile(text: string, on: Page = page) {
  await on.locator('.cm-content').click();
  await on.keyboard.press('Control+a');
  await on.keyboard.insertText(text);
}

describe('playground in the built site', () => {
  it('pt-BR: typing a bad Dockerfile shows its rules, underlined, with pt-BR messages and rule links', async () => {
    await openPlayground('/playground');
    // the untouched starter keeps the bare address (its state is the default one)
    await page.waitForTimeout(400); // the URL follows the state after 250 ms
    expect(await page.evaluate(() => location.hash)).toBe('');
    await typeDockerfile(BAD);
    await waitForRule('DL3006');
    await waitForRule('WorkdirRelativePath');
    await page.waitForFunction(() => location.hash.startsWith('#p='));
    const ids = await findingIds();
    expect(ids).toContain('DL3008');
    await expect(page.locator('[data-testid="findings"] li a').first().getAttribute('href')).resolves.toMatch(
      /^\/docs\/rules\//,
    );
    await expect(page.locator('[data-testid="findings"]').textContent()).resolves.toMatch(
      /relativo|absoluto/i,
    );
    // underlines in the editor, with the message on hover
    await expect(page.locator('.cm-lintRange').count()).resolves.toBeGreaterThan(0);
    await page.locator('.cm-lintRange').first().hover();
    await page.locator('.cm-tooltip-lint').waitFor({ timeout: 5_000 });
    // the layer summary, live
    await expect(page.locator('[data-testid="summary"]').textContent()).resolves.toMatch(
      /camadas no BuildKit/,
    );
    await page.screenshot({ path: join(screenshotDir, 'playground-pt-BR-light.png'), fullPage: true });
    // clicking a finding moves the cursor to its line
    const item = page.locator('[data-testid="findings"] li', { hasText: 'WorkdirRelativePath' });
    await item.locator('[data-testid="go"]').click();
    await expect(page.locator('.cm-activeLine').textContent()).resolves.toBe('WORKDIR app');
  });

  it('en: the same text gives English messages and /en/ rule links (locale switch)', async () => {
    await openPlayground(`/en/playground#${encodeState({ ...EMPTY_STATE, code: BAD })}`);
    await waitForRule('WorkdirRelativePath');
    await expect(page.locator('[data-testid="findings"]').textContent()).resolves.toMatch(/Relative workdir/);
    await expect(page.locator('[data-testid="findings"] li a').first().getAttribute('href')).resolves.toMatch(
      /^\/en\/docs\/rules\//,
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.screenshot({ path: join(screenshotDir, 'playground-en-dark.png'), fullPage: true });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('options: ignored rules, .hadolint.yaml, threshold and .dockerignore change the findings', async () => {
    await openPlayground(`/en/playground#${encodeState({ ...EMPTY_STATE, code: BAD })}`);
    await waitForRule('DL3006');
    await page.locator('[data-testid="ignored"]').fill('DL3006');
    await waitForRule('DL3006', false);
    await page.locator('[data-testid="config"]').fill('ignored:\n  - DL3008\n');
    await waitForRule('DL3008', false);
    await page.locator('[data-testid="config"]').fill('failure-threshold: loud\n');
    await page.locator('[data-testid="config-problems"]').waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="config"]').fill('');
    await typeDockerfile('FROM debian:12\nCOPY secret.txt /app/\n');
    await page.locator('[data-testid="dockerignore"]').fill('secret.txt\n');
    await waitForRule('CopyIgnoredFile');
    await page.locator('[data-testid="threshold"]').selectOption('none');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="verdict"]')?.textContent?.includes('pass'),
    );
  });

  it('a shared link reproduces the Dockerfile and the options; back/forward restore earlier states', async () => {
    await openPlayground('/playground');
    await typeDockerfile(BAD);
    await page.locator('[data-testid="ignored"]').fill('DL3008');
    await waitForRule('DL3008', false);
    await page.waitForFunction(() => location.hash.startsWith('#p='));
    await page.waitForTimeout(400); // the URL follows the state after 250 ms
    const shared = page.url();

    const other = await newPage();
    await openPlayground(shared.slice(base.length), other);
    expect(await editorText(other)).toBe(BAD);
    await expect(other.locator('[data-testid="ignored"]').inputValue()).resolves.toBe('DL3008');
    await waitForRule('DL3006', true, other);
    expect(await findingIds(other)).not.toContain('DL3008');
    await other.close();

    // an example from the menu is a new history entry; Back returns to what was typed
    await page.locator('[data-testid="examples"]').selectOption({ index: 1 });
    await page.waitForFunction((url) => location.href !== url, shared);
    const exampleText = await editorText();
    expect(exampleText).not.toBe(BAD);
    await page.goBack();
    await page.waitForFunction((url) => location.href === url, shared);
    await page.waitForFunction((want) => {
      const lines = [...document.querySelectorAll('.cm-content .cm-line')].map((l) => l.textContent);
      return lines.join('\n') === want;
    }, BAD);
    await page.goForward();
    await page.waitForFunction((want) => {
      const lines = [...document.querySelectorAll('.cm-content .cm-line')].map((l) => l.textContent);
      return lines.join('\n') === want;
    }, exampleText);
  });

  it('fixes: a finding\'s fix (list and tooltip) and "fix all" remove the findings, and Ctrl+Z undoes each as one edit', async () => {
    const text = 'FROM debian:12-slim\nMAINTAINER Ana <ana@example.com>\nRUN true\n';
    await openPlayground(`/en/playground#${encodeState({ ...EMPTY_STATE, code: text })}`);
    await waitForRule('MaintainerDeprecated');
    // From the findings list.
    const item = page.locator('[data-testid="findings"] li', { hasText: 'MaintainerDeprecated' });
    await item.locator('[data-testid="fix"]').click();
    await waitForRule('MaintainerDeprecated', false);
    const fixed =
      'FROM debian:12-slim\nLABEL org.opencontainers.image.authors="Ana <ana@example.com>"\nRUN true\n';
    expect(await editorText()).toBe(fixed);
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+z');
    await waitForRule('MaintainerDeprecated');
    expect(await editorText()).toBe(text);

    // From the lint tooltip (CodeMirror's diagnostic action).
    const range = page.locator('.cm-lintRange').first();
    await range.hover();
    await page.locator('.cm-tooltip-lint .cm-diagnosticAction').first().click();
    await waitForRule('MaintainerDeprecated', false);
    expect(await editorText()).toBe(fixed);

    // Fix all: two findings with fixes, one edit; one Ctrl+Z brings both back.
    const two = 'FROM debian:12-slim\nMAINTAINER Ana\nMAINTAINER Bia\n';
    await typeDockerfile(two);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="findings"] [data-testid="fix"]').length === 2,
    );
    await page.locator('[data-testid="fix-all"]:not([disabled])').click();
    await waitForRule('MaintainerDeprecated', false);
    expect(await editorText()).toBe(
      'FROM debian:12-slim\nLABEL org.opencontainers.image.authors="Ana"\nLABEL org.opencontainers.image.authors="Bia"\n',
    );
    await page.screenshot({ path: join(screenshotDir, 'playground-en-fixed.png'), fullPage: true });
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+z');
    await waitForRule('MaintainerDeprecated');
    expect(await editorText()).toBe(two);
  });

  it('pasting a ~1 MB Dockerfile through the editor keeps the page responsive, and it is linted', async () => {
    await openPlayground('/playground');
    const lines = ['FROM debian:12'];
    let size = lines[0].length;
    while (size < 1_000_000) {
      const line = lines.length % 2 ? `RUN echo line ${lines.length} && true` : `ENV VAR_${lines.length}=x`;
      lines.push(line);
      size += line.length + 1;
    }
    lines.push('RUN cd /tmp && make');
    const big = `${lines.join('\n')}\n`;
    const before = Number(await page.locator('[data-lint-id]').getAttribute('data-lint-id'));
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    // A real paste event, handled by CodeMirror's own input handling (as Ctrl+V does).
    const pasteMs = await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      const start = performance.now();
      document
        .querySelector('.cm-content')
        ?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      return performance.now() - start;
    }, big);
    // The whole text is in the editor: its last line is number lines + 1 (after the final newline).
    await page.keyboard.press('Control+End');
    await page.waitForFunction(
      (n) => document.querySelector('.cm-activeLineGutter')?.textContent === String(n),
      lines.length + 1,
      { timeout: 30_000 },
    );
    // Typing right after the paste shows up quickly, while the worker lints the megabyte: five keys, each
    // timed from the key press to the character on screen; the median must stay under a second (one
    // key may coincide with the arrival of the findings or of the URL update, on a shared 2-core machine).
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    const delays: number[] = [];
    for (const ch of 'vwxyz') {
      const start = Date.now();
      await page.keyboard.type(ch);
      await page.waitForFunction((c) => document.querySelector('.cm-line')?.textContent?.endsWith(c), ch);
      delays.push(Date.now() - start);
    }
    delays.sort((a, b) => a - b);
    console.log(
      `1 MB paste: paste handled in ${Math.round(pasteMs)} ms; next keystrokes on screen in ${delays.join(', ')} ms`,
    );
    expect(delays[2]).toBeLessThan(1000);
    expect(await page.locator('.cm-line').first().textContent()).toBe('FROM debian:12vwxyz');
    // The findings of the pasted text eventually arrive (DL3003 on the last line: `cd` in a RUN).
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-lint-id]')?.getAttribute('data-lint-id')) > n,
      before,
      { timeout: 60_000 },
    );
    await waitForRule('DL3003', true);
  }, 120_000);

  it("the examples menu offers the guides' linted snippets next to the rule examples, in each locale", async () => {
    for (const [prefix, group] of [
      ['', /guias/],
      ['/en', /Guide examples/],
    ] as const) {
      await openPlayground(`${prefix}/playground`);
      const docsGroup = page.locator('[data-testid="examples"] optgroup').nth(1);
      await docsGroup.locator('option').first().waitFor({ state: 'attached' });
      expect(await docsGroup.getAttribute('label')).toMatch(group);
      const count = await docsGroup.locator('option').count();
      expect(count).toBeGreaterThan(20);
      const value = await docsGroup.locator('option').nth(3).getAttribute('value');
      await page.locator('[data-testid="examples"]').selectOption(value ?? '');
      await page.waitForFunction(() => location.hash.length > 3);
      const text = await editorText();
      expect(text).toMatch(/^(#|FROM|ARG)/m);
      await page.locator('[data-playground-ready="true"]').waitFor();
    }
  });

  it('"Open in playground" on a docs example opens that snippet in the playground of the same locale', async () => {
    for (const prefix of ['', '/en']) {
      await page.goto(`${base}${prefix}/docs/rules/DL3006`);
      const example = page.locator('[data-lint-status="bad-example"]').first();
      await example.waitFor();
      const code = (await example.locator('pre .token-line').allTextContents()).join('\n');
      await example.locator('[data-open-playground]').click();
      await page.waitForURL(new RegExp(`${prefix}/playground#p=`));
      await page.locator('[data-playground-ready="true"]').waitFor({ timeout: 30_000 });
      expect(await editorText()).toBe(code);
      await waitForRule('DL3006');
    }
  });

  it('a rule example that needs a .dockerignore opens with it, and the rule fires (both locales)', async () => {
    for (const prefix of ['', '/en']) {
      await page.goto(`${base}${prefix}/docs/rules/CopyIgnoredFile`);
      const link = page.locator('a[data-open-playground]').first();
      await link.click();
      await page.waitForURL(new RegExp(`${prefix}/playground#p=`));
      await page.locator('[data-playground-ready="true"]').waitFor({ timeout: 30_000 });
      await waitForRule('CopyIgnoredFile');
    }
  });

  it('a 10 000-line Dockerfile is linted in the worker and typing stays responsive', async () => {
    const lines = ['FROM debian:12'];
    for (let i = 1; i < 10_000; i++) lines.push(i % 2 ? `RUN echo line ${i}` : `ENV VAR_${i}=${i}`);
    await openPlayground(`/playground#${encodeState({ ...EMPTY_STATE, code: `${lines.join('\n')}\n` })}`);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Home');
    // Each keystroke must show in the editor well before a lint of the whole file could finish.
    const delays: number[] = [];
    for (const ch of 'ABCDEFGHIJ') {
      const start = Date.now();
      await page.keyboard.type(ch);
      await page.waitForFunction((c) => document.querySelector('.cm-line')?.textContent?.includes(c), ch);
      delays.push(Date.now() - start);
    }
    delays.sort((a, b) => a - b);
    console.log(`10 000 lines: keystroke-to-screen median ${delays[5]} ms, max ${delays[9]} ms`);
    expect(delays[5]).toBeLessThan(500);
    await page.locator('[data-playground-ready="true"]').waitFor();
    // Too large for a link (over 32 000 characters compressed): the address drops its fragment, and
    // the page says so and offers the text as a download (and a copy) instead.
    const note = page.locator('[data-testid="too-large"]');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toMatch(/grande demais para um link/);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.screenshot({ path: join(screenshotDir, 'playground-pt-too-large.png') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="download"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('Dockerfile');
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk;
    expect(text.split('\n')[0]).toBe('ABCDEFGHIJFROM debian:12');
    expect(text.split('\n').length).toBe(10_001);
  }, 120_000);

  it('keyboard only: Tab into the editor, type, leave with Escape then Tab, jump to a finding with Enter', async () => {
    await openPlayground('/playground');
    const focused = () => page.evaluate(() => document.activeElement?.className ?? '');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focused()).includes('cm-content');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('FROM debian\nWORKDIR app\n');
    await waitForRule('WorkdirRelativePath');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focused()).not.toContain('cm-content');
    let onFinding = false;
    for (let i = 0; i < 40 && !onFinding; i++) {
      onFinding = await page.evaluate(
        () =>
          document.activeElement
            ?.closest('[data-testid="findings"] li')
            ?.textContent?.includes('WorkdirRelativePath') ?? false,
      );
      if (!onFinding) await page.keyboard.press('Shift+Tab');
    }
    expect(onFinding).toBe(true);
    // Land on the finding's line:column button (a finding may also have a "fix" button after it).
    for (let i = 0; i < 4; i++) {
      const testid = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.testid,
      );
      if (testid === 'go') break;
      await page.keyboard.press(testid === 'fix' ? 'Shift+Tab' : 'Tab');
    }
    await page.keyboard.press('Enter');
    expect(await focused()).toContain('cm-content');
    await expect(page.locator('.cm-activeLine').textContent()).resolves.toBe('WORKDIR app');
  });

  it('keystroke to findings: a 50-line Dockerfile (median of 20 edits)', async () => {
    const lines = ['FROM debian:12'];
    for (let i = 1; i < 50; i++) lines.push(i % 2 ? `RUN echo line ${i}` : `ENV VAR_${i}=${i}`);
    await openPlayground(`/playground#${encodeState({ ...EMPTY_STATE, code: `${lines.join('\n')}\n` })}`);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const before = await page.locator('[data-lint-id]').getAttribute('data-lint-id');
      const start = Date.now();
      await page.keyboard.type(i % 2 ? 'x' : 'y');
      await page.waitForFunction(
        (id) => document.querySelector('[data-lint-id]')?.getAttribute('data-lint-id') !== id,
        before,
        { polling: 5 },
      );
      times.push(Date.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`50 lines: keystroke-to-findings median ${times[10]} ms, max ${times[19]} ms`);
    // 40 ms debounce + the lint; generous on a shared CI machine (the target, 100 ms, is in the report)
    expect(times[10]).toBeLessThan(400);
  });

  it('docs pages load neither the editor nor the lint engine', async () => {
    const docs = await newPage();
    const scripts: string[] = [];
    docs.on('response', async (response) => {
      if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
    });
    await docs.goto(`${base}/docs/rules/DL3006`, { waitUntil: 'networkidle' });
    await docs.waitForTimeout(2000);
    await docs.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(2);
    expect(scripts.filter((s) => /mvdan|EditorView|StreamLanguage/.test(s))).toEqual([]);
    await docs.close();
  });
});
