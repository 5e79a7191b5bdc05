/**
 * Exact money: amounts are integers in a currency's minor unit (cents, yen, fils), decimal
 * strings are parsed without floating point, and reward arithmetic rounds once, half up.
 */

// ISO 4217 currencies whose minor unit is not 1/100 (the list's "minor unit" column).
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** The largest amount in minor units the server accepts (fits `bigint` and exact JS numbers). */
export const MAX_MINOR = Number.MAX_SAFE_INTEGER;

const CURRENCY = /^[A-Z]{3}$/;
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Why an amount was refused; the message names what is wrong, the caller names the field. */
export class MoneyError extends Error {
  override readonly name = 'MoneyError' as const;
}

/** Whether a value is a {@link MoneyError}. */
export function isMoneyError(value: unknown): value is MoneyError {
  return value instanceof MoneyError;
}

/**
 * Digits after the decimal point in a currency's minor unit: 2 for most, 0 for JPY or KRW,
 * 3 for BHD, KWD, JOD, OMR, TND, IQD and LYD.
 * @throws MoneyError for a code that is not three upper-case letters.
 * @example minorExponent('JPY') // 0
 */
export function minorExponent(currency: string): number {
  if (!CURRENCY.test(currency)) {
    throw new MoneyError(`expected an ISO 4217 code like "EUR", got "${currency}"`);
  }
  return EXPONENTS[currency] ?? 2;
}

/**
 * Parses a decimal string of major units ("129.90") into minor units (12990), exactly.
 * @throws MoneyError for anything but digits with an optional fraction, for more decimals
 *   than the currency has ("1.234" EUR), and for amounts beyond {@link MAX_MINOR}.
 * @example toMinor('1.5', 'KWD') // 1500
 */
export function toMinor(decimal: string, currency: string): number {
  const exponent = minorExponent(currency);
  const match = DECIMAL.exec(decimal);
  if (!match) throw new MoneyError(`expected a decimal amount like "19.99", got "${decimal}"`);
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) {
    throw new MoneyError(
      exponent === 0
        ? `${currency} has no decimals, got "${decimal}"`
        : `${currency} has ${exponent} decimals, got "${decimal}"`,
    );
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, '0'));
  if (minor > BigInt(MAX_MINOR)) throw new MoneyError(`too large: "${decimal}"`);
  return Number(minor);
}

/**
 * Formats minor units as a decimal string of major units, with exactly the currency's
 * decimals: the inverse of {@link toMinor}.
 * @example formatMinor(12990, 'EUR') // '129.90'
 */
export function formatMinor(minor: number, currency: string): string {
  checkMinor(minor);
  const exponent = minorExponent(currency);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const sign = minor < 0 ? '-' : '';
  if (exponent === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** Minor units as a JS number of major units, for displays and contract fields that want one. */
export function toMajor(minor: number, currency: string): number {
  return Number(formatMinor(minor, currency));
}

/**
 * `percent` % of `minor`, rounded half up to the minor unit; `percent` may have decimals
 * (12.5) and is read from its shortest decimal form, not its binary value.
 * @example percentOf(1999, 20) // 400 (399.8 rounds up)
 */
export function percentOf(minor: number, percent: number): number {
  checkMinor(minor);
  if (!Number.isFinite(percent) || percent < 0) {
    throw new MoneyError(`expected a percentage ≥ 0, got ${percent}`);
  }
  const [whole = '0', fraction = ''] = decimalDigits(percent).split('.');
  const scale = 10n ** BigInt(fraction.length);
  return divideHalfUp(BigInt(minor) * BigInt(whole + fraction), 100n * scale);
}

/**
 * `minor × numerator / denominator`, rounded half up: an amount reward's share of a
 * partly refunded order (pro rata).
 * @example proRata(1000, 6000, 8000) // 750
 */
export function proRata(minor: number, numerator: number, denominator: number): number {
  checkMinor(minor);
  checkMinor(numerator);
  if (!Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new MoneyError(`expected a positive integer denominator, got ${denominator}`);
  }
  return divideHalfUp(BigInt(minor) * BigInt(numerator), BigInt(denominator));
}

function divideHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

function checkMinor(minor: number): void {
  if (!Number.isSafeInteger(minor)) {
    throw new MoneyError(`expected an integer amount in minor units, got ${minor}`);
  }
}

// The shortest decimal that reads back as the same double (12.5 → "12.5", 1e-7 → "0.0000001").
function decimalDigits(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * SQL that converts a minor-unit column to major units (numeric) by its currency column,
 * from the same exponent table as {@link minorExponent}. Column names are code, never input.
 * @example `select sum(${majorSql('amount_minor', 'currency')})::float8 …`
 */
export function majorSql(amountColumn: string, currencyColumn: string): string {
  const byExponent = new Map<number, string[]>();
  for (const [code, exponent] of Object.entries(EXPONENTS)) {
    byExponent.set(exponent, [...(byExponent.get(exponent) ?? []), `'${code}'`]);
  }
  const cases = [...byExponent]
    .map(([exponent, codes]) => `when ${currencyColumn} in (${codes.join(', ')}) then ${exponent}`)
    .join(' ');
  return `(${amountColumn}::numeric / power(10, case ${cases} else 2 end))`;
}
