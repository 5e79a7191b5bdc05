import { describe, expect, it } from 'vitest';
import { normalizeEmail } from '../src/email.js';

describe('normalizeEmail', () => {
  it.each([
    ['Ann@Example.com', 'ann@example.com'],
    ['  ann@example.com ', 'ann@example.com'],
    ['ann+shop@example.com', 'ann@example.com'],
    ['a.n.n@example.com', 'a.n.n@example.com'],
    ['A.n.N+promo@gmail.com', 'ann@gmail.com'],
    ['ann@googlemail.com', 'ann@gmail.com'],
    ['+tag@example.com', '+tag@example.com'],
    ['not-an-email', 'not-an-email'],
    // Tricks that reach the same mailbox (issue #14).
    ['x@gmail.com.', 'x@gmail.com'],
    ['x@example.com..', 'x@example.com'],
    ['X.Y@GMAIL.COM.', 'xy@gmail.com'],
    ['ｘ＠ｇｍａｉｌ．ｃｏｍ', 'x@gmail.com'],
    ['x\u200b@gmail.com', 'x@gmail.com'],
    ['x@gma\u00adil.com', 'x@gmail.com'],
    ['x@gmail。com', 'x@gmail.com'],
    ['ann@BÜCHER.de', 'ann@xn--bcher-kva.de'],
    ['ann@xn--bcher-kva.de', 'ann@xn--bcher-kva.de'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});
