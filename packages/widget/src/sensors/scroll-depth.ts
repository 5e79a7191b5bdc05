/**
 * Scroll depth: reports each threshold (percent of the page seen) once, the first time the
 * bottom of the viewport passes it. A page shorter than the viewport counts as fully seen.
 */
export function watchScrollDepth(
  win: Window,
  thresholds: readonly number[],
  onDepth: (percent: number) => void,
): () => void {
  const remaining = new Set(thresholds);
  const measure = (): void => {
    const page = win.document.documentElement.scrollHeight;
    const seen = page > 0 ? ((win.scrollY + win.innerHeight) / page) * 100 : 100;
    for (const threshold of [...remaining].sort((a, b) => a - b)) {
      if (seen + 0.5 < threshold) break;
      remaining.delete(threshold);
      onDepth(threshold);
    }
    if (remaining.size === 0) stop();
  };
  const stop = (): void => win.removeEventListener('scroll', measure);
  win.addEventListener('scroll', measure, { passive: true });
  return stop;
}
