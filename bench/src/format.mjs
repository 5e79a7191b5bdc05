// Number formatting for RESULTS.md.

export function kB(bytes) {
  return (bytes / 1000).toFixed(1);
}

export function fixed(value, decimals) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  // "-0.0" reads like a bug; a difference that rounds to zero is zero.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** "median (min–max)" */
export function spread(summary, decimals) {
  if (!summary) return '—';
  if (summary.n === 1) return fixed(summary.median, decimals);
  return `${fixed(summary.median, decimals)} (${fixed(summary.min, decimals)}–${fixed(summary.max, decimals)})`;
}

/** A ratio as "0.12×", or "—" when there is nothing meaningful to divide. */
export function times(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  return value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(2)}×`;
}
