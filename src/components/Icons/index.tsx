/**
 * Small inline SVG icons (decorative: hidden from assistive technology, drawn in the text colour).
 * They replace emoji, which render as empty boxes on systems without an emoji font.
 */
import type { ReactNode } from 'react';

const common = {
  width: '1em',
  height: '1em',
  viewBox: '0 0 24 24',
  focusable: false,
  style: { verticalAlign: '-0.125em', flex: 'none' },
} as const;

/** A page: internal docs links. */
export function DocumentIcon(): ReactNode {
  return (
    <svg
      aria-hidden="true"
      {...common}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinejoin="round"
    >
      <path d="M6 2h8l5 5v15H6z" />
      <path d="M14 2v5h5M9 13h7M9 17h7" />
    </svg>
  );
}

/** A folder: a category of pages. */
export function FolderIcon(): ReactNode {
  return (
    <svg
      aria-hidden="true"
      {...common}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinejoin="round"
    >
      <path d="M3 5h6l2 2h10v12H3z" />
    </svg>
  );
}

/** A chain link: a page on another site. */
export function LinkIcon(): ReactNode {
  return (
    <svg
      aria-hidden="true"
      {...common}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
    >
      <path d="M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1" />
      <path d="M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1" />
    </svg>
  );
}

/** A cross in a circle: a problematic example. */
export function CrossIcon(): ReactNode {
  return (
    <svg
      aria-hidden="true"
      {...common}
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
    >
      <circle cx="12" cy="12" r="10" strokeWidth={2} />
      <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" />
    </svg>
  );
}

/** A slashed circle: rules switched off in a snippet. */
export function SuppressedIcon(): ReactNode {
  return (
    <svg
      aria-hidden="true"
      {...common}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
    >
      <circle cx="12" cy="12" r="10" />
      <path d="M5 5l14 14" />
    </svg>
  );
}
