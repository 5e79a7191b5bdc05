import type { AdvocateStats } from '@grapevine/core';
import type { Translator } from '../../i18n/translate.js';

/** The advocate's numbers, formatted for the locale; money in `stats.currency` when given. */
export function PanelStats({ stats, i18n }: { stats: AdvocateStats; i18n: Translator }) {
  const { t, locale } = i18n;
  const count = (value: number) => new Intl.NumberFormat(locale).format(safe(value));
  const money = (value: number) => {
    try {
      return new Intl.NumberFormat(
        locale,
        stats.currency ? { style: 'currency', currency: stats.currency } : {},
      ).format(safe(value));
    } catch {
      return count(value);
    }
  };
  const rows: [string, string][] = [
    [t('statClicks'), count(stats.clicks)],
    [t('statJoined'), count(stats.claims)],
    [t('statPurchases'), count(stats.conversions)],
    [t('statEarned'), money(stats.rewardsEarned)],
    [t('statPending'), money(stats.rewardsPending)],
  ];
  return (
    <>
      <h3 class="sub" id="gv-stats">
        {t('statsTitle')}
      </h3>
      <dl class="stats" aria-labelledby="gv-stats">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** A number from the backend, or 0 when it is not a finite number. */
const safe = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;
