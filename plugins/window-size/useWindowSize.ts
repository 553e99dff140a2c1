/**
 * Docusaurus' `useWindowSize` (theme-common), with one change: the first reading after hydration is a
 * React transition. The server renders for 'ssr' (desktop sidebar, desktop table of contents); on a
 * phone that first reading swaps them for the mobile ones, and the mobile navbar menu renders the
 * whole docs sidebar tree. As an ordinary update React renders all of it in one task on the main
 * thread, right after hydration; as a transition it renders in slices and yields between them, so a
 * tap or a scroll is not held behind it. Resizes stay ordinary updates, as in Docusaurus.
 * Swapped in for theme-common's module by plugins/window-size/index.ts.
 */
import { startTransition, useEffect, useState } from 'react';

type WindowSize = 'desktop' | 'mobile' | 'ssr';

/** Also Infima's breakpoint (its CSS hard-codes it): both must agree. */
const DESKTOP_BREAKPOINT = 996;

function windowSizeNow(desktopBreakpoint: number): WindowSize {
  return window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
}

export function useWindowSize({ desktopBreakpoint = DESKTOP_BREAKPOINT } = {}): WindowSize {
  // Constant on the first render, so that hydration matches the server's HTML.
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = () => setWindowSize(windowSizeNow(desktopBreakpoint));
    startTransition(update);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [desktopBreakpoint]);
  return windowSize;
}
