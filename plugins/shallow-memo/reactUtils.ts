/**
 * theme-common's `utils/reactUtils`, with one change: `useShallowMemoObject` orders its keys by code
 * point instead of `localeCompare`. Served in its place to theme-common's own modules by ./index.ts.
 *
 * Why: the order only has to be the same on every render; it need not follow a language. But the first
 * `localeCompare` of a page builds ICU's collator, which took 66 ms at 4× CPU on a rule page, inside
 * the render of the phone menu (the hook runs for that menu's props and for every code block).
 */
import { useMemo } from 'react';
import { byKey } from './byKey';

// Everything else is theme-common's own (an alias set in ./index.ts; an explicit export wins over `*`).
// @ts-expect-error The alias exists only in the bundler's configuration.
export * from 'camadas-theme-common-react-utils';

/** The same object as long as its own properties hold the same values, in whatever key order. */
export function useShallowMemoObject<O extends object>(obj: O): O {
  const deps = Object.entries(obj).sort(byKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the object's values, as upstream.
  return useMemo(() => obj, deps.flat());
}
