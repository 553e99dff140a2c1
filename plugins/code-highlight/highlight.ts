/**
 * Syntax highlighting at build time: the same Prism grammars and the same colours the theme's CodeBlock
 * computed in the browser (prism-react-renderer), written once into the page's HTML. Each token keeps
 * Prism's classes; its colours for both modes travel as CSS custom properties (`--lc`/`--dc` for
 * colour, `--ls`/`--ds` font-style, …) that src/theme/CodeBlock/styles.module.css reads, so one
 * markup serves light and dark without any script.
 */
import { createRequire } from 'node:module';
import { normalizeTokens, Prism, type PrismTheme } from 'prism-react-renderer';

const require = createRequire(__filename);

/** Loads Prism grammars that prism-react-renderer does not bundle (as the theme did in the browser). */
export function loadLanguages(languages: readonly string[]): void {
  const before = (globalThis as { Prism?: unknown }).Prism;
  (globalThis as { Prism?: unknown }).Prism = Prism;
  try {
    for (const language of languages) {
      if (Prism.languages[language]) continue;
      require(`prismjs/components/prism-${language}`);
    }
  } finally {
    if (before === undefined) delete (globalThis as { Prism?: unknown }).Prism;
    else (globalThis as { Prism?: unknown }).Prism = before;
  }
}

type Style = Record<string, string | number | undefined>;

/** The style of each token type, as prism-react-renderer's themeToDict builds it. */
function themeDict(theme: PrismTheme, language: string): Record<string, Style> {
  const dict: Record<string, Style> = {};
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language)) continue;
    for (const type of entry.types) dict[type] = { ...dict[type], ...(entry.style as Style) };
  }
  return dict;
}

/** A token's style, as prism-react-renderer's getTokenProps computes it (`display` apart). */
function tokenStyle(dict: Record<string, Style>, types: string[]): Style {
  if (types.length === 1 && types[0] === 'plain') return {};
  return Object.assign({}, ...types.map((type) => dict[type]));
}

/** prism-react-renderer gives an empty token `display: inline-block`, except a single non-plain type. */
const inlineBlock = (token: { types: string[]; empty?: boolean }) =>
  token.empty === true && !(token.types.length === 1 && token.types[0] !== 'plain');

/** Style properties a theme may set on a token → the suffix of their custom properties. */
const PROPERTIES: Record<string, string> = {
  color: 'c',
  fontStyle: 's',
  fontWeight: 'w',
  opacity: 'o',
  textDecorationLine: 't',
};

function customProperties(style: Style, mode: 'l' | 'd'): string[] {
  const out: string[] = [];
  for (const [property, value] of Object.entries(style)) {
    if (value === undefined) continue;
    const suffix = PROPERTIES[property];
    if (!suffix) {
      throw new Error(
        `code theme: the token style property "${property}" is not supported by plugins/code-highlight (add it to PROPERTIES and to src/theme/CodeBlock/styles.module.css)`,
      );
    }
    out.push(`--${mode}${suffix}:${String(value)}`);
  }
  return out;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

export interface HighlightOptions {
  language: string;
  light: PrismTheme;
  dark: PrismTheme;
  /** Extra classes per line (0-based), such as the highlighted-line class of magic comments. */
  lineClassNames?: Record<number, string[]>;
}

/**
 * The lines of `code` as HTML, the markup the theme's CodeBlock renders inside `<code>`: one
 * `<div class="token-line">` per line ending in `<br>`, one `<span class="token …">` per token.
 */
export function highlightToHtml(code: string, options: HighlightOptions): string {
  const language = options.language.toLowerCase();
  const grammar = Prism.languages[language];
  const tokens = grammar ? Prism.tokenize(code, grammar) : [code];
  const lines = normalizeTokens(tokens);
  const light = themeDict(options.light, language);
  const dark = themeDict(options.dark, language);
  const cache = new Map<string, string>();
  const styleOf = (types: string[]) => {
    const key = types.join(' ');
    let style = cache.get(key);
    if (style === undefined) {
      style = [
        ...customProperties(tokenStyle(light, types), 'l'),
        ...customProperties(tokenStyle(dark, types), 'd'),
      ].join(';');
      cache.set(key, style);
    }
    return style;
  };
  return lines
    .map((line, i) => {
      // As the theme's CodeBlock/Line: a line holding only its line break renders as an empty token.
      const tokensOfLine =
        line.length === 1 && line[0].content === '\n' ? [{ ...line[0], content: '' }] : line;
      const spans = tokensOfLine
        .map((token) => {
          const style = [inlineBlock(token) ? 'display:inline-block' : '', styleOf(token.types)]
            .filter(Boolean)
            .join(';');
          const className = ['token', ...token.types].join(' ');
          return `<span class="${escapeAttribute(className)}"${style ? ` style="${escapeAttribute(style)}"` : ''}>${escapeHtml(token.content)}</span>`;
        })
        .join('');
      const classes = ['token-line', ...(options.lineClassNames?.[i] ?? [])].join(' ');
      return `<div class="${escapeAttribute(classes)}">${spans}<br></div>`;
    })
    .join('');
}
