/**
 * React, with one change: `useState`'s setter schedules its update as a transition. Served instead of
 * `react` to the Docusaurus modules listed in ./index.ts, and to nothing else.
 *
 * Why: those modules set state in effects right after hydration (the window size, the browser flag,
 * the docs sidebar handed to the phone menu…). An update set in an effect is an ordinary update, and
 * React renders ordinary updates in one task that does not yield; on a phone the renders they start
 * (the mobile menu with the whole docs sidebar, every consumer of the browser flag) took 60-180 ms
 * each at 4× CPU. As transitions React renders them in slices and yields between slices, so a tap or
 * a scroll is not held behind them. The cost: what they show appears a few frames later.
 */
import {
  type Dispatch,
  type SetStateAction,
  startTransition,
  useCallback,
  useState as useReactState,
} from 'react';

// Everything else is React's own. An explicit export (useState, below) wins over the star export.
// @ts-expect-error React's types declare `export =`, which TypeScript cannot star-export; the bundler can.
export * from 'react';
export { default } from 'react';

export function useState<S>(initial: S | (() => S)): [S, Dispatch<SetStateAction<S>>] {
  const [state, setState] = useReactState(initial);
  const setStateInTransition = useCallback(
    (value: SetStateAction<S>) => startTransition(() => setState(value)),
    [],
  );
  return [state, setStateInTransition];
}
