/** Near-black ink used for text on light colours. */
export const INK = '#111827';
const WHITE = '#ffffff';

function channel(hex: string, offset: number): number {
  const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The brand colours an email uses, each readable where it is used. */
export interface BrandPalette {
  /** Header and button background. */
  background: string;
  /** Text on `background`: white or ink, whichever contrasts more (≥ 4.5:1 for one of them). */
  onBackground: string;
  /** Links on white: the brand colour when it reaches 4.5:1 on white, else ink. */
  link: string;
}

/**
 * Picks readable text colours for a brand colour.
 * @example brandPalette('#ffd400').onBackground // '#111827'
 */
export function brandPalette(color: string): BrandPalette {
  const onBackground = contrastRatio(color, WHITE) >= contrastRatio(color, INK) ? WHITE : INK;
  const link = contrastRatio(color, WHITE) >= 4.5 ? color : INK;
  return { background: color, onBackground, link };
}
