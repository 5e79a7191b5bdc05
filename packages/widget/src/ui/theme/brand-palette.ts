// Colours derived from the shop's brand colour so text stays readable whatever it picks.

/** An sRGB colour, channels 0–255. */
export type Rgb = [number, number, number];

/** The derived palette: brand fill, text on it, and brand used as text on the surface. */
export interface BrandPalette {
  brand: string;
  /** Text on brand fills: white or near-black, whichever reaches 4.5:1 (darkens otherwise). */
  onBrand: string;
  /** Brand as text or focus ring on `surface`, adjusted to 4.5:1. */
  ink: string;
}

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [17, 24, 39];

/** Parses `#rgb`, `#rrggbb` (alpha ignored) and `rgb()/rgba()`; anything else is `undefined`. */
export function parseColor(value: string): Rgb | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((start) => Number.parseInt(full.slice(start, start + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (rgb) return [1, 2, 3].map((index) => Math.min(255, Number(rgb[index]))) as Rgb;
  return undefined;
}

/** WCAG relative luminance. */
export function luminance([red, green, blue]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Moves `color` towards `target` in small steps until it reaches `ratio` against `against`. */
function adjust(color: Rgb, target: Rgb, against: Rgb, ratio: number): Rgb {
  let current = color;
  for (let step = 1; step <= 20 && contrast(current, against) < ratio; step++) {
    current = color.map((channel, index) =>
      Math.round(channel + ((target[index] ?? 0) - channel) * (step / 20)),
    ) as Rgb;
  }
  return current;
}

const css = ([red, green, blue]: Rgb) => `rgb(${red} ${green} ${blue})`;

/**
 * The palette for a brand colour on a light (`surface` white) or dark surface.
 * @example brandPalette('#facc15').onBrand // near-black: white on yellow fails 4.5:1
 */
export function brandPalette(brand: string, surface: Rgb = WHITE): BrandPalette {
  const parsed = parseColor(brand) ?? [79, 70, 229];
  const darkSurface = luminance(surface) < 0.2;
  let fill = parsed;
  let onBrand = contrast(WHITE, fill) >= contrast(INK, fill) ? WHITE : INK;
  if (contrast(onBrand, fill) < 4.5) {
    // Neither white nor ink reads well: push the fill away from the text colour.
    fill = adjust(fill, onBrand === WHITE ? INK : WHITE, onBrand, 4.5);
  }
  if (contrast(onBrand, fill) < 4.5) onBrand = onBrand === WHITE ? INK : WHITE;
  const ink = adjust(parsed, darkSurface ? WHITE : INK, surface, 4.5);
  return { brand: css(fill), onBrand: css(onBrand), ink: css(ink) };
}
