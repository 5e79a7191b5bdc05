import { describe, expect, it } from 'vitest';
import {
  brandPalette,
  contrast,
  parseColor,
  type Rgb,
} from '../../../src/ui/theme/brand-palette.js';

const rgb = (css: string): Rgb => {
  const parsed = parseColor(css);
  if (!parsed) throw new Error(`cannot parse ${css}`);
  return parsed;
};

describe('parseColor', () => {
  it.each([
    ['#fff', [255, 255, 255]],
    ['#4F46E5', [79, 70, 229]],
    ['#4f46e5cc', [79, 70, 229]],
    ['rgb(1, 2, 3)', [1, 2, 3]],
    ['rgba(10 20 30 / 50%)', [10, 20, 30]],
    ['rgb(300 0 0)', [255, 0, 0]],
    ['hotpink', undefined],
    ['#12', undefined],
    ['url(javascript:alert(1))', undefined],
  ])('%s', (input, expected) => {
    expect(parseColor(input)).toEqual(expected);
  });
});

describe('brandPalette', () => {
  it.each([
    '#4f46e5',
    '#ffd60a',
    '#00ff00',
    '#777777',
    '#808080',
    '#0b3d2e',
    '#ff5a5f',
    '#ffffff',
    '#000000',
  ])('text on %s keeps 4.5:1, and brand-as-text keeps 4.5:1 on white and dark', (brand) => {
    const light = brandPalette(brand);
    expect(contrast(rgb(light.onBrand), rgb(light.brand))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb(light.ink), [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    const dark = brandPalette(brand, [24, 24, 27]);
    expect(contrast(rgb(dark.ink), [24, 24, 27])).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a brand colour that already works and picks the readable text colour', () => {
    expect(brandPalette('#4f46e5')).toMatchObject({
      brand: 'rgb(79 70 229)',
      onBrand: 'rgb(255 255 255)',
    });
    expect(brandPalette('#ffd60a')).toMatchObject({
      brand: 'rgb(255 214 10)',
      onBrand: 'rgb(17 24 39)',
    });
  });

  it('darkens a mid grey that neither white nor ink can read on', () => {
    const palette = brandPalette('#808080');
    expect(palette.brand).not.toBe('rgb(128 128 128)');
  });

  it('falls back to the default brand for a colour it cannot parse', () => {
    expect(brandPalette('not a colour').brand).toBe('rgb(79 70 229)');
  });
});
