import { summarize } from './summary.js';
import type { Campaign } from './types/campaign.js';
import type { Explanation, GateResult, ReasonCode, TriggerMatch } from './types/decision.js';
import { DEFAULT_VARIANT, pickVariant } from './variant.js';

/**
 * An `Explanation` whose `variantId` and `summary` are worked out when read: hashing the
 * variant and formatting dates for every campaign on every decision would be a large share
 * of its cost, and only the winner's variant is needed. Getters live on the prototype
 * (getters in an object literal make V8 build every object slowly); `toJSON` keeps both
 * in JSON.
 */
export class LazyExplanation implements Explanation {
  declare reason?: ReasonCode;
  declare eligibleAt?: number;
  declare trigger?: TriggerMatch;
  readonly campaignId: string;
  readonly #campaign: Pick<Campaign, 'id' | 'variants'>;
  readonly #visitorId: string;

  constructor(
    campaign: Pick<Campaign, 'id' | 'variants'>,
    visitorId: string,
    readonly eligible: boolean,
    readonly gates: GateResult[],
  ) {
    this.campaignId = campaign.id;
    this.#campaign = campaign;
    this.#visitorId = visitorId;
  }

  get variantId(): string {
    return pickVariant(this.#campaign, this.#visitorId)?.id ?? DEFAULT_VARIANT;
  }

  get summary(): string {
    return summarize(this.campaignId, this.gates, this.eligibleAt);
  }

  toJSON(): Explanation {
    return {
      ...this,
      variantId: this.variantId,
      summary: this.summary,
    };
  }
}
