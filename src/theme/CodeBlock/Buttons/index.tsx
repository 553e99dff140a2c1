import type ButtonsType from '@theme/CodeBlock/Buttons';
import Buttons from '@theme-original/CodeBlock/Buttons';
import { type ComponentProps, type ReactNode, useEffect, useState } from 'react';
import { whenIdle } from '../../../when-idle';

type Props = ComponentProps<typeof ButtonsType>;

/**
 * The theme's copy and word-wrap buttons, wrapped: drawn once the page is idle after hydration instead
 * of in hydration's own commit. The theme draws them only in the browser (they are not in the HTML), so
 * on a guide page the commit that hydrates also inserted a dozen button groups with their SVG icons,
 * 110-odd elements, into the longest task of the page load. They are invisible until the block is
 * hovered or a button has keyboard focus, so appearing a moment later changes nothing on screen.
 */
export default function CodeBlockButtons(props: Props): ReactNode {
  const [shown, setShown] = useState(false);
  useEffect(() => whenIdle(() => setShown(true)), []);
  return shown ? <Buttons {...props} /> : null;
}
