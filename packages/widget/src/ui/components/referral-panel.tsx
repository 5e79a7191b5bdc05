import type { ReferralOffer, ShareChannel } from '@grapevine/core';
import { formatReward } from '../../i18n/format-reward.js';
import type { Translator } from '../../i18n/translate.js';
import type { CopyModel } from '../models/copy-model.js';
import type { PanelModel } from '../models/panel-model.js';
import { safeHttpUrl } from '../safe-url.js';
import { LinkAndShare } from './link-and-share.js';
import { LoadingSkeleton } from './loading-skeleton.js';
import { PanelStats } from './panel-stats.js';

export interface ReferralPanelProps {
  model: PanelModel;
  copy: CopyModel;
  i18n: Translator;
  brand: string;
  offer: ReferralOffer | undefined;
  channels: ShareChannel[];
  signInUrl: string | undefined;
  onShare(channel: ShareChannel): void;
  nativeShare(data: ShareData): Promise<void>;
}

/**
 * The programme page's panel: how it works in three steps, the advocate's link with copy and
 * share channels, and their numbers. Without an identified advocate it shows the shop's
 * sign-in hint instead of empty numbers.
 */
export function ReferralPanel(props: ReferralPanelProps) {
  const { model, i18n, brand } = props;
  const { t } = i18n;
  const state = model.state.value;
  const data = state.kind === 'ready' ? state.data : null;
  const referral = data?.referral ?? null;
  // The server's offer once it answers; the campaign's only for a visitor the server has no
  // link for (signed out) or when it cannot be reached, never before its answer (no flip).
  const offer = state.kind === 'loading' ? undefined : referral ? referral.offer : props.offer;
  const friend = formatReward(offer?.friend, i18n);
  const advocate = formatReward(offer?.advocate, i18n);
  const url = referral ? safeHttpUrl(referral.url) : undefined;
  const signIn = safeHttpUrl(props.signInUrl);
  const values = { brand, friend, advocate, url: url ?? '' };
  return (
    <section class="panel" part="panel" aria-labelledby="gv-title">
      <h2 id="gv-title">{friend && advocate ? t('referralTitle', values) : t('panelTitle')}</h2>
      {friend && advocate && (
        <>
          <h3 class="sub">{t('panelSteps')}</h3>
          <ol class="steps">
            <li>{t('panelStep1')}</li>
            <li>{t('panelStep2', values)}</li>
            <li>{t('panelStep3', values)}</li>
          </ol>
        </>
      )}
      {state.kind === 'loading' && <LoadingSkeleton label={t('linkLoading')} />}
      {(state.kind === 'failed' || (referral && !url)) && (
        <p class="note" role="status">
          {t('panelLoadFailed')}
        </p>
      )}
      {data && !referral && (
        <p class="note">
          {t('panelSignIn')}{' '}
          {signIn && (
            <a href={signIn} part="sign-in">
              {t('signIn')}
            </a>
          )}
        </p>
      )}
      {url && <LinkAndShare {...props} url={url} friend={friend} />}
      {url && data?.stats && <PanelStats stats={data.stats} i18n={i18n} />}
    </section>
  );
}
