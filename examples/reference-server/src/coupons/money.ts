/** Digits after the decimal point in `currency`'s minor unit (EUR 2, JPY 0, KWD 3). */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/**
 * An amount in major units (from config: `10`, `12.5`) as an integer in the minor unit,
 * rounded half away from zero on the decimal text, never on a binary float product.
 * @example toMinor(12.5, 'EUR') // 1250
 */
export function toMinor(major: number, currency: string): number {
  const digits = minorDigits(currency);
  const [whole = '0', fraction = ''] = Math.abs(major)
    .toFixed(digits + 1)
    .split('.');
  const scaled =
    Number(whole + fraction.slice(0, digits)) + (Number(fraction[digits] ?? 0) >= 5 ? 1 : 0);
  return major < 0 ? -scaled : scaled;
}

/**
 * An integer amount in the minor unit as the decimal text platforms take (`"12.50"`).
 * @example decimalText(1250, 'EUR') // '12.50'
 */
export function decimalText(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0
    ? `${sign}${text}`
    : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
