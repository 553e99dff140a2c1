/**
 * The browser's entry point. Docusaurus' own (clientEntry.js) runs last and unchanged: it hydrates the
 * page. Before it, the largest modules it needs are run one per task (React, React DOM, the route
 * table, the app shell) and the route's chunks are requested in one more, so that starting the site is
 * several short tasks instead of one long one (on a rule page at 4x CPU: one of 230 ms before), between
 * which the browser can paint and answer input. The page looks and works the same.
 */

/** A new task: `scheduler.yield()` where there is one (it keeps its place ahead of other tasks). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// `eager`: in main.js like a static import, but run only when the step is reached.
const STEPS: (() => Promise<unknown>)[] = [
  () => import(/* webpackMode: "eager" */ 'react'),
  () => import(/* webpackMode: "eager" */ 'react-dom/client'),
  () => import(/* webpackMode: "eager" */ '@generated/routes'),
  // The route's chunks requested (the router's patterns compiled on the way), not awaited: clientEntry.js
  // asks again, gets the same pending requests and handles their failure.
  () =>
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/preload.js').then(
      ({ default: preload }) => {
        preload(window.location.pathname).catch(() => {});
      },
    ),
  () => import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/App.js'),
  () => import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/clientEntry.js'),
];

STEPS.reduce<Promise<unknown>>((previous, step) => previous.then(nextTask).then(step), Promise.resolve());
