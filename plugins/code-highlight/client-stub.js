/**
 * What the browser bundle gets for `prism-react-renderer` (see index.ts): the theme's client module
 * hands this `Prism` to src/theme/prism-include-languages.ts, which loads nothing.
 */
export const Prism = { languages: {} };
