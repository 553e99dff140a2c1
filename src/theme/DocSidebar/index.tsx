import { useWindowSize } from '@docusaurus/theme-common';
import type { Props } from '@theme/DocSidebar';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import { type ReactNode, useState } from 'react';

/**
 * The theme's DocSidebar, ejected for one change: on a phone, the desktop sidebar that came with the
 * server's HTML stays mounted (its container is `display: none` there) instead of being deleted right
 * after hydration. The theme hydrated its 300-odd nodes and then removed them in the same load, which
 * on a rule page was one of the longest tasks after hydration.
 */
export default function DocSidebar(props: Props): ReactNode {
  const windowSize = useWindowSize();
  // 'ssr' only on the render that hydrates (or the first render after a client-side navigation).
  const [mountedWithDesktop] = useState(windowSize === 'ssr');
  const desktop = windowSize !== 'mobile' || mountedWithDesktop;
  return (
    <>
      {desktop && <DocSidebarDesktop {...props} />}
      {windowSize === 'mobile' && <DocSidebarMobile {...props} />}
    </>
  );
}
