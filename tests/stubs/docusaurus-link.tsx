// Test stand-in for @docusaurus/Link: a plain anchor, enough to render components outside Docusaurus.
import type { ReactNode } from 'react';

export default function Link({
  to,
  className,
  children,
}: {
  to: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a href={to} className={className}>
      {children}
    </a>
  );
}
