/**
 * The code themes of the site: Prism's `github` (light) and `dracula` (dark) with the token colours that
 * failed WCAG AA contrast replaced. Every token colour reaches 4.5:1 on the block's background and on
 * its highlighted lines (tests/content/prism-themes.test.ts measures it).
 */
import type { PrismTheme } from 'prism-react-renderer';
import { themes } from 'prism-react-renderer';

/** Replaces the colour of every style that covers one of `types` (other properties are kept). */
function recolour(
  theme: PrismTheme,
  colours: Record<string, string>,
  dropOpacity: string[] = [],
): PrismTheme {
  return {
    plain: theme.plain,
    styles: theme.styles.map((entry) => {
      const colour = entry.types.map((type) => colours[type]).find(Boolean);
      const style = { ...entry.style };
      if (colour) style.color = colour;
      if (entry.types.some((type) => dropOpacity.includes(type))) delete style.opacity;
      return { ...entry, style };
    }),
  };
}

export const lightCodeTheme: PrismTheme = recolour(
  themes.github,
  {
    comment: '#4f5963', // was #999988, 2.71:1
    string: '#a50f57', // was #e3116c, 4.32:1
    entity: '#0f6462', // was #36acaa (numbers, variables, YAML values), 2.58:1
    atrule: '#005d8a', // was #00a4db (YAML keys, attributes), 2.69:1
    function: '#a51d2a', // was #d73a49, 4.30:1
  },
  ['namespace'],
);

export const darkCodeTheme: PrismTheme = recolour(themes.dracula, {
  comment: '#a3afd9', // was rgb(98, 114, 164), 3.03:1
  deleted: '#ff8f8f', // was rgb(255, 85, 85), 3.9:1 on a highlighted line
});
