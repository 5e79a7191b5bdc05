import { bucket } from './bucket.js';
import type { Campaign, Variant } from './types/campaign.js';

/** The salt that makes variant assignment independent of sampling. */
export const VARIANT_SALT = 'variant';

/** The variant id used when a campaign has no variants. */
export const DEFAULT_VARIANT = 'default';

/**
 * The visitor's sticky variant: a weighted pick by `bucket(visitor, campaign, 'variant')`.
 * `undefined` when the campaign has no variant with a positive weight.
 */
export function pickVariant(
  campaign: Pick<Campaign, 'id' | 'variants'>,
  visitorId: string,
): Variant | undefined {
  const variants = campaign.variants ?? [];
  let total = 0;
  for (const variant of variants) if (variant.weight > 0) total += variant.weight;
  if (total <= 0) return undefined;
  let point = bucket(visitorId, campaign.id, VARIANT_SALT) * total;
  let last: Variant | undefined;
  for (const variant of variants) {
    if (!(variant.weight > 0)) continue;
    last = variant;
    if (point < variant.weight) return variant;
    point -= variant.weight;
  }
  // Rounding can leave `point` a hair above the last weight.
  return last;
}
