import { describe, expect, it } from 'vitest';
import { pageScripts, SCRIPT_LOADER, ssrTemplate } from '../../plugins/ssr-template';

const SCRIPTS = ['/assets/js/runtime~main.1.js', '/assets/js/main.2.js'];

/** Runs the inline loader against a stand-in document; returns what it appended and the pending callbacks. */
function runLoader(visibilityState: string) {
  const appended: { src: string; async: boolean }[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const document = {
    visibilityState,
    createElement: (tag: string) => {
      expect(tag).toBe('script');
      return { src: '', async: true };
    },
    body: { appendChild: (element: { src: string; async: boolean }) => appended.push({ ...element }) },
  };
  const requestAnimationFrame = (callback: () => void) => frames.push(callback);
  const window = { requestAnimationFrame };
  const setTimeout = (callback: () => void) => timers.push(callback);
  new Function(
    'document',
    'window',
    'requestAnimationFrame',
    'setTimeout',
    SCRIPT_LOADER.replace('__SCRIPTS__', JSON.stringify(SCRIPTS)),
  )(document, window, requestAnimationFrame, setTimeout);
  return { appended, frames, timers };
}

describe('the page shell (plugins/ssr-template)', () => {
  it('puts no script tag and no script preload in the page: the loader requests them', () => {
    expect(ssrTemplate).not.toMatch(/<script[^>]*\ssrc=/);
    expect(ssrTemplate).not.toMatch(/defer/);
    expect(ssrTemplate).not.toMatch(/as="script"/);
    expect(ssrTemplate).toContain('it.scripts.map');
  });

  it('runs the scripts in their order only after a frame has been drawn', () => {
    const { appended, frames, timers } = runLoader('visible');
    expect(appended).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]();
    // Still nothing: the frame's paint comes after its animation-frame callbacks.
    expect(appended).toEqual([]);
    timers[0]();
    expect(appended).toEqual(SCRIPTS.map((src) => ({ src, async: false })));
  });

  it('runs the scripts at once in a hidden tab, which draws no frames', () => {
    const { appended, frames } = runLoader('hidden');
    expect(frames).toHaveLength(0);
    expect(appended.map((script) => script.src)).toEqual(SCRIPTS);
  });

  it('finds the scripts of a page in its loader (what the benches count)', () => {
    const html = `<html><body><script>var x="/not/this.js"</script><script>${SCRIPT_LOADER.replace('__SCRIPTS__', JSON.stringify(SCRIPTS))}</script></body></html>`;
    expect(pageScripts(html)).toEqual(SCRIPTS);
    expect(pageScripts('<html><body>no loader</body></html>')).toEqual([]);
  });
});
