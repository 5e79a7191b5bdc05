import { describe, expect, it } from 'vitest';
import { parsePlatformJson } from '../../../src/orders/sources/json.js';
import { decimalToMoney } from '../../../src/orders/sources/money.js';
import { answer } from './helpers.js';

describe('decimalToMoney', () => {
  it.each([
    ['29.35', 'EUR', 2935],
    ['29.3', 'eur', 2930],
    ['29', 'EUR', 2900],
    ['29.350', 'EUR', 2935],
    ['-10.00', 'EUR', -1000],
    ['0.00', 'EUR', 0],
    ['1500', 'JPY', 1500],
    ['1500.00', 'JPY', 1500],
    ['12.345', 'KWD', 12345],
    ['999999999999.99', 'EUR', 99999999999999],
    ['0.1', 'EUR', 10], // exact where 0.1 * 100 in floating point is not
    ['1.005', 'KWD', 1005],
  ])('%s %s → %i', (amount, currency, minor) => {
    expect(decimalToMoney(amount, currency, 'total')).toEqual({
      minor,
      currency: currency.toUpperCase(),
    });
  });

  it.each([
    ['29.355', 'EUR'],
    ['1500.5', 'JPY'],
    ['29,35', 'EUR'],
    ['1e3', 'EUR'],
    ['99.9.9', 'EUR'],
    ['29.', 'EUR'],
    ['--1', 'EUR'],
    ['', 'EUR'],
    [' 29.35', 'EUR'],
    ['29.35', 'EURO'],
  ])('refuses %j %s with a 400 naming the field', (amount, currency) => {
    expect(
      answer(() => {
        decimalToMoney(amount, currency, 'order.total');
        return { kind: 'ignored', reason: '' };
      }),
    ).toMatchObject({ status: 400, message: expect.stringContaining('order.total') });
  });
});

describe('parsePlatformJson', () => {
  it('keeps integers beyond 2^53 exact, as strings, and leaves the rest alone', () => {
    const text =
      '{"id":820982911946154508,"n":42,"neg":-9007199254740993,"f":1.5e3,"s":"820982911946154508 \\" 9007199254740993","safe":9007199254740991}';
    expect(parsePlatformJson(text)).toEqual({
      id: '820982911946154508',
      n: 42,
      neg: '-9007199254740993',
      f: 1500,
      s: '820982911946154508 " 9007199254740993',
      safe: 9007199254740991,
    });
    expect(String(JSON.parse(text).id)).not.toBe('820982911946154508'); // what JSON.parse alone does
  });

  it('refuses text that is not JSON with a 400', () => {
    expect(
      answer(() => {
        parsePlatformJson('{"id": 1');
        return { kind: 'ignored', reason: '' };
      }),
    ).toMatchObject({ status: 400 });
  });
});
