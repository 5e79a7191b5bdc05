import type { Theme } from '../types.js';
import { brandPalette, parseColor, type Rgb } from './brand-palette.js';

const DARK_SURFACE: Rgb = [24, 24, 27];

/**
 * Puts the theme on the prompt: `theme.brand`, `radius` and `font` become `--gv-*` custom
 * properties on the host (where the shop's own CSS may also set them), then the brand
 * colour actually in effect is read back and its accessible palette written on `root`.
 */
export function applyTheme(host: HTMLElement, root: HTMLElement, theme: Theme): void {
  const vars: [string, unknown][] = [
    ['--gv-brand', theme.brand],
    ['--gv-radius', theme.radius],
    ['--gv-font', theme.font],
  ];
  for (const [name, value] of vars) {
    if (typeof value === 'string' && value.trim()) host.style.setProperty(name, value.trim());
  }
  const view = host.ownerDocument.defaultView;
  const declared = view?.getComputedStyle(host).getPropertyValue('--gv-brand').trim();
  const brand = declared || (typeof theme.brand === 'string' ? theme.brand : '');
  const rgb = brand ? (parseColor(brand) ?? resolveColor(root, brand)) : undefined;
  if (!rgb) return;
  const css = `rgb(${rgb.join(' ')})`;
  const light = brandPalette(css);
  root.style.setProperty('--b', light.brand);
  root.style.setProperty('--gv-on-brand', light.onBrand);
  root.style.setProperty('--gv-ink-light', light.ink);
  root.style.setProperty('--gv-ink-dark', brandPalette(css, DARK_SURFACE).ink);
}

/** Any CSS colour (names, hsl(), …) through the engine's own parser, via computed style. */
function resolveColor(probe: HTMLElement, color: string): Rgb | undefined {
  probe.style.color = color;
  // An invalid colour leaves the declaration empty; the inherited colour must not count.
  const accepted = probe.style.color !== '';
  const computed = accepted
    ? (probe.ownerDocument.defaultView?.getComputedStyle(probe).color ?? '')
    : '';
  probe.style.removeProperty('color');
  return parseColor(computed);
}
