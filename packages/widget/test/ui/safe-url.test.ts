import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/ui/safe-url.js';

describe('safeHttpUrl', () => {
  it.each([
    ['https://shop.example/terms', 'https://shop.example/terms'],
    [' http://shop.example/a?b=1 ', 'http://shop.example/a?b=1'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['//evil.example/x', undefined],
    ['/terms', undefined],
    ['mailto:a@b.example', undefined],
    ['', undefined],
    [42, undefined],
    [null, undefined],
  ])('%j → %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});
