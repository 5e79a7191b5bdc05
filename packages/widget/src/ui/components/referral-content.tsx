import type { ReferralOffer, ShareChannel } from '@grapevine/core';
import { formatReward } from '../../i18n/format-reward.js';
import type { Translator } from '../../i18n/translate.js';
import type { CopyModel } from '../models/copy-model.js';
import type { ReferralModel } from '../models/referral-model.js';
import { safeHttpUrl } from '../safe-url.js';
import { GiftIcon } from './icons.js';
import { LinkAndShare } from './link-and-share.js';
import { LoadingSkeleton } from './loading-skeleton.js';

export interface ReferralContentProps {
  i18n: Translator;
  brand: string;
  model: ReferralModel;
  copy: CopyModel;
  /**
   * The campaign's offer, only when no backend is asked (the view passes none otherwise): the
   * loaded referral's offer is the truth, and nothing stands in for it while it loads.
   */
  offer: ReferralOffer | undefined;
  channels: ShareChannel[];
  /** A heading that replaces the offer headline (e.g. after a promoter's NPS answer). */
  title?: string;
  reviewUrl?: string | undefined;
  onShare(channel: ShareChannel): void;
  nativeShare(data: ShareData): Promise<void>;
  onSnooze(): void;
  onOptOut(): void;
}

/** The referral ask: the double-sided offer, the personal link, share channels, opt-outs. */
export function ReferralContent(props: ReferralContentProps) {
  const { i18n, brand, model } = props;
  const { t } = i18n;
  const status = model.status.value;
  const referral = model.referral.value;
  const offer = referral?.offer ?? props.offer;
  const friend = formatReward(offer?.friend, i18n);
  const advocate = formatReward(offer?.advocate, i18n);
  const hasOffer = Boolean(friend && advocate);
  const terms = safeHttpUrl(offer?.termsUrl);
  const review = safeHttpUrl(props.reviewUrl);
  const url = referral?.url ?? '';
  const values = { brand, friend, advocate, url };

  return (
    <>
      <div class="badge" part="badge">
        <GiftIcon />
      </div>
      <h2 id="gv-title" tabIndex={-1} data-autofocus>
        {props.title ?? (hasOffer ? t('referralTitle', values) : t('referralTitleNoOffer'))}
      </h2>
      <p>{hasOffer ? t('referralBody', values) : t('referralBodyNoOffer')}</p>
      {status === 'loading' && <LoadingSkeleton label={t('linkLoading')} />}
      {status === 'failed' && (
        <p class="note" role="status">
          {t('linkFailed')}
        </p>
      )}
      {status === 'ready' && url && <LinkAndShare {...props} url={url} friend={friend} />}
      <div class="foot" part="footer">
        <button type="button" class="btn ghost" onClick={props.onSnooze}>
          {t('notNow')}
        </button>
        <button type="button" class="btn ghost" onClick={props.onOptOut}>
          {t('optOut')}
        </button>
        {review && (
          <a class="btn ghost" href={review} target="_blank" rel="noopener noreferrer">
            {t('review')}
          </a>
        )}
        {terms && (
          <a class="terms" href={terms} target="_blank" rel="noopener noreferrer">
            {t('terms')}
          </a>
        )}
      </div>
    </>
  );
}
