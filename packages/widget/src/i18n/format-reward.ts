import type { Reward } from '@grapevine/core';
import type { Translator } from './translate.js';

/**
 * A reward in plain words for the locale: "20% off", "$10 off", or the shop's own label.
 * Money and percent go through Intl.NumberFormat; a reward it cannot format falls back to
 * its label or an empty string rather than throwing.
 * @example formatReward({ kind: 'percent', value: 20 }, en) // "20% off"
 */
export function formatReward(reward: Reward | undefined, i18n: Translator): string {
  if (!reward) return '';
  const { kind, value, currency, label } = reward;
  if (kind === 'custom' || typeof value !== 'number' || !Number.isFinite(value)) {
    return label ?? '';
  }
  try {
    const format = new Intl.NumberFormat(
      i18n.locale,
      kind === 'percent'
        ? { style: 'percent', maximumFractionDigits: 1 }
        : {
            style: 'currency',
            currency: currency ?? 'USD',
            minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
          },
    );
    return i18n.t('off', { value: format.format(kind === 'percent' ? value / 100 : value) });
  } catch {
    return label ?? '';
  }
}
