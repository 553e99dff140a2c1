// Adds the site's own MDX components to the classic theme's map (swizzled by wrapping, not ejecting).
import Diagram from '@site/src/components/Diagram';
import DockerfileExample from '@site/src/components/DockerfileExample';
import PlaygroundLink from '@site/src/components/PlaygroundLink';
import RulesForInstruction from '@site/src/components/RulesForInstruction';
import CodeBlock from '@theme/CodeBlock';
import MDXComponents from '@theme-original/MDXComponents';
import type { ComponentProps, ReactNode } from 'react';

/**
 * Tables scroll sideways when wider than the column (the theme makes them `display: block`): a
 * keyboard user reaches such a region only if it can take focus (WCAG 2.1.1; axe
 * scrollable-region-focusable), as the theme already does for code blocks.
 */
function Table(props: ComponentProps<'table'>): ReactNode {
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
  return <table tabIndex={0} {...props} />;
}

export default {
  ...MDXComponents,
  table: Table,
  // Fenced code blocks, highlighted at build time (plugins/code-highlight).
  CodeBlock,
  Diagram,
  DockerfileExample,
  PlaygroundLink,
  RulesForInstruction,
};
