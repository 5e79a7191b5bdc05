import type { Placement } from './types.js';

const PLACEMENTS: readonly Placement[] = ['auto', 'modal', 'corner', 'sheet'];

/** Screens at most this many CSS pixels wide get the bottom sheet for `auto`. */
export const SMALL_SCREEN = 600;

/**
 * The placement to draw: `auto` (and anything unknown) becomes the bottom sheet on small
 * screens and the centred modal elsewhere, decided once when the prompt opens. The width is
 * the visual viewport's at a zoom of at most 1: a phone page laid out at 980 px without a
 * viewport meta tag is zoomed out to the screen, and is still a small screen.
 */
export function resolvePlacement(requested: unknown, view: Window): Exclude<Placement, 'auto'> {
  const known = PLACEMENTS.includes(requested as Placement) ? (requested as Placement) : 'auto';
  if (known !== 'auto') return known;
  const viewport = view.visualViewport;
  const width = viewport ? viewport.width * Math.min(viewport.scale, 1) : view.innerWidth;
  return width <= SMALL_SCREEN ? 'sheet' : 'modal';
}

/** `auto` follows the shopper's `prefers-color-scheme`, read when the prompt opens. */
export function resolveScheme(requested: unknown, view: Window): 'light' | 'dark' {
  if (requested === 'dark' || requested === 'light') return requested;
  return requested === 'auto' && view.matchMedia?.('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

/** Modal placements take focus and trap it; the corner card does neither. */
export const isModal = (placement: Placement): boolean => placement !== 'corner';
