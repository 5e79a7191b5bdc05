import { HttpError } from '../../errors.js';
import { isMoneyError, minorExponent, toMinor } from '../../money.js';
import type { Money } from '../facts.js';

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
 * into integer minor units, exactly, with the server's exponent table (src/money.ts). Extra
 * decimals are accepted only when they are zeros (a store set to print three decimals sends
 * "29.350" EUR); anything else is refused, never rounded.
 * @throws HttpError 400 naming `field` when the text is not such an amount.
 * @example decimalToMoney('29.35', 'eur', 'total') // { minor: 2935, currency: 'EUR' }
 */
export function decimalToMoney(amount: string, currency: string, field: string): Money {
  const code = currencyCode(currency, `${field} currency`);
  const negative = amount.startsWith('-');
  const unsigned = negative ? amount.slice(1) : amount;
  let digits = unsigned;
  const decimal = /^(\d+)\.(\d+)$/.exec(unsigned);
  const exponent = minorExponent(code);
  if (
    decimal?.[1] &&
    decimal[2] &&
    decimal[2].length > exponent &&
    /^0+$/.test(decimal[2].slice(exponent))
  ) {
    const kept = decimal[2].slice(0, exponent);
    digits = kept ? `${decimal[1]}.${kept}` : decimal[1];
  }
  try {
    const minor = toMinor(digits, code);
    return { minor: negative && minor !== 0 ? -minor : minor, currency: code };
  } catch (error) {
    if (isMoneyError(error))
      throw new HttpError(400, 'invalid-payload', `${field}: ${error.message}`);
    throw error;
  }
}
