import { HttpError } from '../../errors.js';
import type { Money } from '../facts.js';

const DECIMAL = /^(-?)(\d{1,15})(?:\.(\d{1,6}))?$/;

/** Digits after the decimal point in a currency's minor unit (EUR 2, JPY 0, KWD 3), from ICU. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

/**
 * A currency code as platforms send it ("eur", "EUR") in ISO 4217 upper case.
 * @throws HttpError 400 naming `field` when it is not three letters.
 */
export function currencyCode(value: string, field: string): string {
  if (!/^[A-Za-z]{3}$/.test(value)) {
    throw new HttpError(400, 'invalid-payload', `${field}: expected a 3-letter currency code.`);
  }
  return value.toUpperCase();
}

/**
 * Converts a decimal amount as Shopify and WooCommerce send it ("29.35", "-10.00", "1000")
 * into integer minor units, exactly (no floating point). Extra decimals are accepted only
 * when they are zeros ("29.350" EUR), never rounded.
 * @throws HttpError 400 naming `field` when the text is not such an amount.
 * @example decimalToMoney('29.35', 'eur', 'total') // { minor: 2935, currency: 'EUR' }
 */
export function decimalToMoney(amount: string, currency: string, field: string): Money {
  const code = currencyCode(currency, `${field} currency`);
  const match = DECIMAL.exec(amount);
  if (!match) {
    throw new HttpError(
      400,
      'invalid-payload',
      `${field}: expected a decimal amount like "29.35".`,
    );
  }
  const [, sign = '', whole = '0', fraction = ''] = match;
  const digits = minorUnitDigits(code);
  if (/[1-9]/.test(fraction.slice(digits))) {
    throw new HttpError(
      400,
      'invalid-payload',
      `${field}: ${code} has ${digits} decimals; "${amount}" has more.`,
    );
  }
  const minor = Number(BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0')));
  return { minor: sign === '-' && minor !== 0 ? -minor : minor, currency: code };
}
