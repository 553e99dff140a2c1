/**
 * A link to the playground with a state prepared at build time (`fragment` = `p=…` from
 * `src/playground/url-state.ts`): the rule pages use it for examples that fire only with a configuration
 * or a `.dockerignore`, which the "Open in playground" button of a snippet cannot carry. A plain anchor:
 * the fragment is the playground's state, not a heading the broken-anchor check could find.
 */
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';

export default function PlaygroundLink({
  fragment,
  children,
}: {
  fragment: string;
  children: ReactNode;
}): ReactNode {
  const playground = useBaseUrl('/playground');
  return (
    <a href={`${playground}#${fragment}`} data-open-playground="">
      {children}
    </a>
  );
}
