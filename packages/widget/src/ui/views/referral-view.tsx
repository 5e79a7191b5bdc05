import { ReferralContent } from '../components/referral-content.js';
import { createCopyModel } from '../models/copy-model.js';
import { createReferralModel, type ReferralModel } from '../models/referral-model.js';
import type { PromptContext, PromptView } from '../prompt-view.js';
import { readShareEnvironment, usableChannels } from '../share/detect-channels.js';
import { footCss, referralCss } from '../styles/referral-css.js';

/** Options when the referral ask is a step of another prompt (NPS promoters). */
export interface ReferralViewOptions {
  /** Replaces the offer headline. */
  title?: string;
  /** An http(s) review link offered next to the ask. */
  reviewUrl?: string | undefined;
  /** The link's model, when the caller watches it too. */
  model?: ReferralModel | undefined;
}

/**
 * The referral pop-up: the link (loading, ready or failed), copy, share channels, snooze
 * and opt-out. Closing it is a dismissal.
 */
export function createView(context: PromptContext, options: ReferralViewOptions = {}): PromptView {
  const { request, calls, i18n, view } = context;
  context.addStyles(referralCss + footCss);
  const referral = options.model ?? createReferralModel(request.referral);
  const copy = createCopyModel(calls.onCopy);
  const channels = usableChannels(request.channels, readShareEnvironment(view));
  return {
    render: () => (
      <ReferralContent
        i18n={i18n}
        brand={context.brand}
        model={referral}
        copy={copy}
        // The server's offer is the truth when a backend is asked for the link: the campaign's
        // would show first and flip when it answers (50 % → €10), so it only stands in when
        // no backend is asked at all.
        offer={request.referral === undefined ? request.offer : undefined}
        channels={channels}
        reviewUrl={options.reviewUrl}
        onShare={calls.onShare}
        nativeShare={(data) => view.navigator.share(data)}
        onSnooze={() => context.close('snooze')}
        onOptOut={() => context.close('opt-out')}
        {...(options.title ? { title: options.title } : {})}
      />
    ),
    step: () => 'referral',
    dismissal: () => true,
    dispose() {
      referral.dispose();
      copy.dispose();
    },
  };
}
