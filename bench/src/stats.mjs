// Summaries of repeated runs: the median is the headline, min–max shows the spread.

export function summarize(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  sorted.sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? sorted[middle]
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** A summary shifted by a baseline's median ("added vs blank"). */
export function minus(summary, baseline) {
  if (!summary || !baseline) return null;
  return {
    median: summary.median - baseline.median,
    min: summary.min - baseline.median,
    max: summary.max - baseline.median,
    n: summary.n,
  };
}

/**
 * `a / b` of two medians, or null when it would mean nothing: no data, b about zero, or a
 * negative "added" figure (a variant that measured below blank is within the noise).
 */
export function ratio(a, b) {
  if (!a || !b || b.median < 1e-9 || a.median < 0) return null;
  return a.median / b.median;
}
