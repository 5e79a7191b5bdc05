import { toMajor } from '../../money.js';

/** Thousands separators, no decimals: 12 345. */
export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-GB').format(value);
}

/** A proportion as a percentage: 0.1234 → "12.3 %". */
export function formatPercent(value: number, digits = 1): string {
  return `${(value * 100).toFixed(digits)} %`;
}

/** Money in a currency: 1234.5, EUR → "€1,234.50". */
export function formatMoney(amount: number, currency: string | null | undefined): string {
  if (!currency) return amount.toFixed(2);
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/**
 * Money held in a currency's minor unit, for people: 1999, EUR → "€19.99"; 1999, JPY →
 * "¥1,999" (the currency's decimals come from `money.ts`, so the conversion is exact).
 */
export function formatMinorMoney(minor: number, currency: string): string {
  return formatMoney(toMajor(minor, currency), currency);
}

/** A date as "3 Nov 2026" (UTC). */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A week start as "3 Nov" (UTC). */
export function formatWeek(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(date);
}

/** A moment as "2026-11-02 10:00 UTC", for footers and audit lines. */
export function generatedAt(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * An email as a shop shows it to staff: enough to recognise, not enough to copy.
 * "bo.nielsen@example.com" → "b•••n@example.com"; the domain stays (patterns show there).
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  const local = email.slice(0, at);
  const shown = local.length <= 3 ? `${local[0]}•••` : `${local[0]}•••${local.at(-1)}`;
  return `${shown}${email.slice(at)}`;
}
