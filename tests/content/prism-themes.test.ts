import { describe, expect, it } from 'vitest';
import { darkCodeTheme, lightCodeTheme } from '../../src/prism-themes';

type Rgb = [number, number, number];

function parse(colour: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour.trim());
  if (hex) return [0, 2, 4].map((i) => Number.parseInt(hex[1].slice(i, i + 2), 16)) as Rgb;
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`unexpected colour ${colour}`);
}

/** `over` painted on `base` with opacity `alpha`. */
const blend = (base: Rgb, over: Rgb, alpha: number): Rgb =>
  base.map((v, i) => Math.round(v * (1 - alpha) + over[i] * alpha)) as Rgb;

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio. */
function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// The highlighted-line backgrounds of src/css/custom.css and src/components/DockerfileExample.
const cases = [
  { name: 'light', theme: lightCodeTheme, lineShade: 0.1, badShade: 0.16 },
  { name: 'dark', theme: darkCodeTheme, lineShade: 0.3, badShade: 0.16 },
];

describe.each(cases)('the $name code theme', ({ theme, lineShade, badShade }) => {
  const background = parse(theme.plain.backgroundColor ?? '#ffffff');
  const backgrounds = {
    plain: background,
    'highlighted line': blend(background, [0, 0, 0], lineShade),
    'line flagged in a bad example': blend(background, [250, 56, 62], badShade),
  };
  const colours = [theme.plain.color, ...theme.styles.map((s) => s.style.color)].filter(
    (c): c is string => typeof c === 'string',
  );

  it.each(Object.entries(backgrounds))('gives every token 4.5:1 contrast on a %s', (_name, bg) => {
    const weak = colours.filter((c) => contrast(parse(c), bg) < 4.5);
    expect(weak).toEqual([]);
  });

  it('keeps every token fully opaque (opacity would lower the contrast measured above)', () => {
    expect(theme.styles.filter((s) => s.style.opacity !== undefined)).toEqual([]);
  });
});
