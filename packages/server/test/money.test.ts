import { describe, expect, it } from 'vitest';
import {
  formatMinor,
  isMoneyError,
  majorSql,
  minorExponent,
  percentOf,
  proRata,
  toMinor,
} from '../src/money.js';

describe('money', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['BHD', 3],
    ['KWD', 3],
    ['JOD', 3],
    ['OMR', 3],
    ['TND', 3],
    ['IQD', 3],
    ['LYD', 3],
    ['CLF', 4],
  ])('%s has %i decimals', (currency, exponent) => {
    expect(minorExponent(currency)).toBe(exponent);
  });

  it.each([
    ['129.90', 'EUR', 12990],
    ['129.9', 'EUR', 12990],
    ['0.01', 'EUR', 1],
    ['19', 'EUR', 1900],
    ['1999', 'JPY', 1999],
    ['1.5', 'KWD', 1500],
    ['0.001', 'BHD', 1],
    // 0.1 + 0.2 in floating point is 0.30000000000000004; parsed exactly it is 30 cents.
    ['0.30', 'EUR', 30],
    ['90071992547409.91', 'EUR', 9_007_199_254_740_991],
  ])('parses %s %s to %i minor units, exactly', (decimal, currency, minor) => {
    expect(toMinor(decimal, currency)).toBe(minor);
    expect(toMinor(formatMinor(minor, currency), currency)).toBe(minor);
  });

  it.each([
    ['1.999', 'EUR', 'EUR has 2 decimals, got "1.999"'],
    ['1.5', 'JPY', 'JPY has no decimals, got "1.5"'],
    ['1.0001', 'KWD', 'KWD has 3 decimals, got "1.0001"'],
    ['-1', 'EUR', 'expected a decimal amount like "19.99", got "-1"'],
    ['1e3', 'EUR', 'expected a decimal amount like "19.99", got "1e3"'],
    [' 1', 'EUR', 'expected a decimal amount like "19.99", got " 1"'],
    ['.5', 'EUR', 'expected a decimal amount like "19.99", got ".5"'],
    ['90071992547409.92', 'EUR', 'too large: "90071992547409.92"'],
    ['1', 'eur', 'expected an ISO 4217 code like "EUR", got "eur"'],
  ])('refuses %j %s: %s', (decimal, currency, message) => {
    let caught: unknown;
    try {
      toMinor(decimal, currency);
    } catch (error) {
      caught = error;
    }
    expect(isMoneyError(caught)).toBe(true);
    expect((caught as Error).message).toBe(message);
  });

  it.each([
    [12990, 'EUR', '129.90'],
    [5, 'EUR', '0.05'],
    [0, 'EUR', '0.00'],
    [-250, 'EUR', '-2.50'],
    [1999, 'JPY', '1999'],
    [1500, 'KWD', '1.500'],
  ])('formats %i %s as %s', (minor, currency, text) => {
    expect(formatMinor(minor, currency)).toBe(text);
  });

  it.each([
    [1999, 20, 400], // 399.8 → 400
    [1000, 12.5, 125],
    [1, 50, 1], // 0.5 rounds half up
    [3, 10, 0], // 0.3 rounds down
    [9_999_999_999_999, 20, 2_000_000_000_000], // beyond float-exact products
    [1000, 0, 0],
  ])('%i × %s %% = %i', (minor, percent, expected) => {
    expect(percentOf(minor, percent)).toBe(expected);
  });

  it.each([
    [1000, 6000, 8000, 750],
    [1000, 1, 3, 333],
    [1000, 2, 3, 667],
    [1000, 8000, 8000, 1000],
  ])('pro rata %i × %i / %i = %i', (minor, numerator, denominator, expected) => {
    expect(proRata(minor, numerator, denominator)).toBe(expected);
  });

  it('refuses fractional minor units and negative percentages', () => {
    expect(() => percentOf(10.5, 10)).toThrow('expected an integer amount in minor units');
    expect(() => percentOf(10, -1)).toThrow('expected a percentage ≥ 0');
    expect(() => proRata(10, 1, 0)).toThrow('positive integer denominator');
  });

  it('builds SQL that divides by the currency’s exponent', () => {
    const sql = majorSql('amount_minor', 'currency');
    expect(sql).toContain(
      "when currency in ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') then 3",
    );
    expect(sql).toContain("'JPY'");
    expect(sql).toMatch(/else 2 end\)\)$/);
  });
});
