import { describe, expect, it } from 'vitest';
import { isModal, resolvePlacement, resolveScheme } from '../../src/ui/placement.js';

const view = (matching: string[]) =>
  ({ matchMedia: (query: string) => ({ matches: matching.includes(query) }) }) as unknown as Window;

/** A window whose visual viewport is `width` CSS pixels wide at `scale`. */
const screen = (width: number, scale = 1, innerWidth = width) =>
  ({ innerWidth, visualViewport: { width, scale } }) as unknown as Window;

describe('resolvePlacement', () => {
  it.each([
    ['modal', screen(390), 'modal'],
    ['corner', screen(390), 'corner'],
    ['sheet', screen(1280), 'sheet'],
    ['auto', screen(1280), 'modal'],
    ['auto', screen(600), 'sheet'],
    ['auto', screen(601), 'modal'],
    ['auto', screen(390), 'sheet'],
    ['popup', screen(1280), 'modal'],
    [undefined, screen(390), 'sheet'],
    // No viewport meta tag: laid out at 980 px, zoomed out to a 360 px phone.
    ['auto', screen(980, 360 / 980), 'sheet'],
    // A shopper zoomed in on a desktop: still the desktop's modal.
    ['auto', screen(640, 2), 'modal'],
    // No visualViewport: the window's width.
    ['auto', { innerWidth: 390 } as unknown as Window, 'sheet'],
    ['auto', { innerWidth: 1024 } as unknown as Window, 'modal'],
  ] as const)('%s on %j → %s', (requested, window, expected) => {
    expect(resolvePlacement(requested, window)).toBe(expected);
  });

  it('only the corner card is not modal', () => {
    expect([isModal('modal'), isModal('sheet'), isModal('corner')]).toEqual([true, true, false]);
  });
});

describe('resolveScheme', () => {
  it.each([
    [undefined, [], 'light'],
    ['light', ['(prefers-color-scheme: dark)'], 'light'],
    ['dark', [], 'dark'],
    ['auto', [], 'light'],
    ['auto', ['(prefers-color-scheme: dark)'], 'dark'],
    ['neon', ['(prefers-color-scheme: dark)'], 'light'],
  ] as const)('%s with %j → %s', (requested, matching, expected) => {
    expect(resolveScheme(requested, view([...matching]))).toBe(expected);
  });
});
