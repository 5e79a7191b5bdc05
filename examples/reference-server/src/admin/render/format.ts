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
