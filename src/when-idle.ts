/**
 * Run `task` when the browser's main thread is idle (after `timeout` ms at the latest), so that work
 * nobody waits for stays out of the tasks that paint and hydrate the page. Returns a cancel function.
 */
export function whenIdle(task: () => void, timeout = 1500): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 50);
  return () => window.clearTimeout(handle);
}
