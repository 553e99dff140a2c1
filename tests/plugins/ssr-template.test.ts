import { describe, expect, it } from 'vitest';
import { pageScripts, SCRIPT_LOADER, ssrTemplate } from '../../plugins/ssr-template';

const SCRIPTS = ['/assets/js/runtime~main.1.js', '/assets/js/main.2.js'];

/** Runs the inline loader against a stand-in document and window; returns what it appended and the pending callbacks. */
function runLoader(visibilityState: string, { paintEntries = true } = {}) {
  const appended: { src: string; async: boolean }[] = [];
  const frames: (() => void)[] = [];
  const timers: { callback: () => void; delay: number }[] = [];
  const listeners: { type: string; callback: () => void }[] = [];
  type Observer = {
    callback: (list: unknown, observer: { disconnect(): void }) => void;
    options: unknown;
    disconnected: boolean;
  };
  const observers: Observer[] = [];
  const document = {
    visibilityState,
    createElement: (tag: string) => {
      expect(tag).toBe('script');
      return { src: '', async: true };
    },
    body: { appendChild: (element: { src: string; async: boolean }) => appended.push({ ...element }) },
    addEventListener: (type: string, callback: () => void) => listeners.push({ type, callback }),
  };
  class PerformanceObserver {
    static supportedEntryTypes = paintEntries ? ['paint', 'longtask'] : ['longtask'];
    entry: Observer;
    constructor(callback: Observer['callback']) {
      this.entry = { callback, options: undefined, disconnected: false };
      observers.push(this.entry);
    }
    observe(options: unknown) {
      this.entry.options = options;
    }
  }
  const requestAnimationFrame = (callback: () => void) => frames.push(callback);
  const window = { requestAnimationFrame, PerformanceObserver };
  const setTimeout = (callback: () => void, delay: number) => timers.push({ callback, delay });
  new Function(
    'document',
    'window',
    'requestAnimationFrame',
    'setTimeout',
    SCRIPT_LOADER.replace('__SCRIPTS__', JSON.stringify(SCRIPTS)),
  )(document, window, requestAnimationFrame, setTimeout);
  const paint = (index = 0) =>
    observers[index].callback({}, { disconnect: () => (observers[index].disconnected = true) });
  return { appended, frames, timers, listeners, observers, paint };
}

const inOrder = SCRIPTS.map((src) => ({ src, async: false }));

describe('the page shell (plugins/ssr-template)', () => {
  it('puts no script tag and no script preload in the page: the loader requests them', () => {
    expect(ssrTemplate).not.toMatch(/<script[^>]*\ssrc=/);
    expect(ssrTemplate).not.toMatch(/defer/);
    expect(ssrTemplate).not.toMatch(/as="script"/);
    expect(ssrTemplate).toContain('it.scripts.map');
  });

  it('runs the scripts, in their order, once the browser reports its first paint', () => {
    const { appended, observers, frames, paint } = runLoader('visible');
    expect(appended).toEqual([]);
    expect(frames).toHaveLength(0);
    expect(observers.map((observer) => observer.options)).toEqual([{ type: 'paint', buffered: true }]);
    paint();
    expect(appended).toEqual(inOrder);
    expect(observers[0].disconnected).toBe(true);
  });

  it('runs them once only, also when the 3 s fallback or a hidden tab comes after the paint', () => {
    const { appended, timers, listeners, paint } = runLoader('visible');
    expect(timers.map((timer) => timer.delay)).toEqual([3000]);
    expect(listeners.map((listener) => listener.type)).toEqual(['visibilitychange']);
    timers[0].callback();
    expect(appended).toEqual(inOrder);
    paint();
    listeners[0].callback();
    expect(appended).toEqual(inOrder);
  });

  it('waits for a frame and a task where paint entries are not observable', () => {
    const { appended, frames, timers, observers } = runLoader('visible', { paintEntries: false });
    expect(observers).toHaveLength(0);
    expect(appended).toEqual([]);
    frames[0]();
    expect(appended).toEqual([]);
    timers[0].callback();
    expect(appended).toEqual(inOrder);
  });

  it('runs the scripts at once in a hidden tab, which paints nothing', () => {
    const { appended, frames, observers } = runLoader('hidden');
    expect(frames).toHaveLength(0);
    expect(observers).toHaveLength(0);
    expect(appended).toEqual(inOrder);
  });

  it('finds the scripts of a page in its loader (what the benches count)', () => {
    const html = `<html><body><script>var x="/not/this.js"</script><script>${SCRIPT_LOADER.replace('__SCRIPTS__', JSON.stringify(SCRIPTS))}</script></body></html>`;
    expect(pageScripts(html)).toEqual(SCRIPTS);
    expect(pageScripts('<html><body>no loader</body></html>')).toEqual([]);
  });
});
