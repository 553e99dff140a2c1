/**
 * Docusaurus's <Link> prefetches the code of every page a visible link points to
 * (`window.docusaurus.prefetch`, called from an IntersectionObserver). On a rule page that meant
 * 200–290 `<link rel="prefetch">` tags appended right after hydration, one main-thread cost and one
 * network request each, on a phone that is still busy starting the page: about a third of the page's
 * main-thread JavaScript in our profiles. Pages are still loaded ahead of the click when the reader
 * shows intent (hover or touch start: `window.docusaurus.preload`, untouched); only the on-sight
 * prefetch becomes a no-op. Docusaurus assigns `window.docusaurus` after the client modules run, so
 * the replacement happens in the assignment.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

interface DocusaurusGlobal {
  prefetch: (routePath: string) => false | Promise<unknown>;
  preload: (routePath: string) => false | Promise<unknown>;
}

if (ExecutionEnvironment.canUseDOM) {
  let current: DocusaurusGlobal | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => current,
    set: (value: DocusaurusGlobal) => {
      current = Object.freeze({ ...value, prefetch: () => false as const });
    },
  });
}
