import { FriendOffer } from '../components/friend-offer.js';
import { createCopyModel } from '../models/copy-model.js';
import { createFriendModel } from '../models/friend-model.js';
import type { PromptContext, PromptView } from '../prompt-view.js';
import { linkCss } from '../styles/referral-css.js';

/**
 * The friend offer: "Anna gave you 20% off" → email → the coupon, copied with one tap.
 * Closing before the coupon is revealed is a dismissal.
 */
export function createView(context: PromptContext): PromptView {
  const { request, calls, i18n } = context;
  context.addStyles(linkCss);
  const model = createFriendModel(request.friendOffer, calls.onClaim);
  const copy = createCopyModel(calls.onCopy);
  return {
    render: () => (
      <FriendOffer
        model={model}
        copy={copy}
        i18n={i18n}
        brand={context.brand}
        onDone={() => context.close('done')}
      />
    ),
    // Focus moves when the offer arrives, when it turns out unavailable, and to the coupon.
    step: () => (model.claimState.value.kind === 'claimed' ? 'coupon' : model.offer.value.kind),
    dismissal: () => model.claimState.value.kind !== 'claimed',
    dispose() {
      model.dispose();
      copy.dispose();
    },
  };
}
