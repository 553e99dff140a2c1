import type { ReactNode } from 'react';

/**
 * A Mermaid diagram drawn to SVG at build time (plugins/mermaid-svg), named by its `accTitle:` line.
 * A wide diagram scrolls sideways inside this box, which takes keyboard focus to be scrolled.
 */
export default function Diagram({ svg, title }: { svg: string; title: string }): ReactNode {
  return (
    <div
      className="camadas-diagram"
      role="img"
      aria-label={title}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: our own SVG, drawn from the docs at build time
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
