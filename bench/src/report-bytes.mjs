// The bytes section of RESULTS.md.
import { totalSizes } from './bytes.mjs';
import { kB, times } from './format.mjs';

/**
 * Rows of `{ id, label, noPrompt: sizes|null, withPrompt: sizes|null, note, unavailable? }`
 * from descriptors of `{ noPrompt: paths|null, withPrompt: paths|null }`.
 */
export function measureBytes(descriptors) {
  return descriptors.map((entry) => ({
    ...entry,
    noPrompt: entry.noPrompt ? totalSizes(entry.noPrompt) : null,
    withPrompt: entry.withPrompt ? totalSizes(entry.withPrompt) : null,
  }));
}

export function bytesSection(rows) {
  const posthog = rows.find((row) => row.id === 'posthog');
  const floor = rows.find((row) => row.id === 'floor');
  const cells = (sizes, lowerBound) => {
    if (!sizes) return ['—', '—', '—'];
    const prefix = lowerBound ? '≥ ' : '';
    return [sizes.raw, sizes.gzip, sizes.brotli].map((value) => prefix + kB(value));
  };
  const lines = [
    '## Bytes a host page downloads',
    '',
    'kB = 1,000 bytes; each file compressed on its own (gzip -9, brotli -q 11), as a CDN would serve it. Ratios compare brotli sizes of the "with prompt" page view.',
    '',
    '| product | no prompt: raw | gzip | brotli | with prompt: raw | gzip | brotli | ÷ PostHog | ÷ floor |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of rows) {
    if (row.unavailable) {
      lines.push(`| ${row.label} | ${row.unavailable} | | | | | | | |`);
      continue;
    }
    const brotli = row.withPrompt?.brotli;
    const vsPosthog = brotli && posthog?.withPrompt ? brotli / posthog.withPrompt.brotli : null;
    const vsFloor = brotli && floor?.withPrompt ? brotli / floor.withPrompt.brotli : null;
    lines.push(
      `| ${row.label} | ${[...cells(row.noPrompt, false), ...cells(row.withPrompt, row.lowerBound)].join(' | ')} | ${times(vsPosthog)} | ${times(vsFloor)} |`,
    );
  }
  lines.push('', 'What each row counts:', '');
  for (const row of rows) if (row.note) lines.push(`- **${row.label}**: ${row.note}.`);
  return lines;
}
