import type { z } from 'zod';
import type { offerSchema } from './schemas.js';
import type { TemplateContext } from './template.js';

/**
 * An offer in the locale's words: "20% off", "€10 off", or the shop's own label.
 * @example formatOffer({ kind: 'percent', value: 20 }, ctx) // '20% off'
 */
export function formatOffer(offer: z.output<typeof offerSchema>, ctx: TemplateContext): string {
  if (offer.kind === 'custom' || offer.value === undefined) return offer.label ?? '';
  if (offer.kind === 'percent') {
    const percent = new Intl.NumberFormat(ctx.locale, {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(offer.value / 100);
    return ctx.t('off', { value: percent });
  }
  const amount = new Intl.NumberFormat(ctx.locale, {
    style: 'currency',
    currency: offer.currency ?? 'EUR',
    minimumFractionDigits: Number.isInteger(offer.value) ? 0 : 2,
  }).format(offer.value);
  return ctx.t('off', { value: amount });
}
