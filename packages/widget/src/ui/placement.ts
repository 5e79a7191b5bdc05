import type { Placement } from './types.js';

const PLACEMENTS: readonly Placement[] = ['auto', 'modal', 'corner', 'sheet'];

/** Screens at most this wide get the bottom sheet for `auto`. */
export const SMALL_SCREEN = '(max-width: 600px)';

/**
 * The placement to draw: `auto` (and anything unknown) becomes the bottom sheet on small
 * screens and the centred modal elsewhere, decided once when the prompt opens.
 */
export function resolvePlacement(requested: unknown, view: Window): Exclude<Placement, 'auto'> {
  const known = PLACEMENTS.includes(requested as Placement) ? (requested as Placement) : 'auto';
  if (known !== 'auto') return known;
  return view.matchMedia?.(SMALL_SCREEN).matches ? 'sheet' : 'modal';
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
