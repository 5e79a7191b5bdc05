import { formatReward } from '../../i18n/format-reward.js';
import type { Translator } from '../../i18n/translate.js';
import type { CopyModel } from '../models/copy-model.js';
import type { FriendModel, Unavailable } from '../models/friend-model.js';
import { safeHttpUrl } from '../safe-url.js';
import { CheckIcon, GiftIcon } from './icons.js';
import { LinkCopy } from './link-copy.js';
import { LoadingSkeleton } from './loading-skeleton.js';

export interface FriendOfferProps {
  model: FriendModel;
  copy: CopyModel;
  i18n: Translator;
  brand: string;
  onDone(): void;
}

const REASONS: Record<Unavailable, 'offerInvalid' | 'offerSelf' | 'offerExpired' | 'offerUsed'> = {
  invalid: 'offerInvalid',
  'self-referral': 'offerSelf',
  expired: 'offerExpired',
  exhausted: 'offerUsed',
  'limit-reached': 'offerUsed',
};

/**
 * What a referred friend sees: who gave them what, an email field, then the coupon with a
 * copy button. An unknown, expired or own code gets a friendly message instead; a claim that
 * fails keeps the email and says so plainly.
 */
export function FriendOffer({ model, copy, i18n, brand, onDone }: FriendOfferProps) {
  const { t } = i18n;
  const offer = model.offer.value;
  const claim = model.claimState.value;
  const welcome = brand ? t('welcomeTitle', { brand }) : t('welcomeTitleNoBrand');
  const doneButton = (kind: 'primary' | 'ghost') => (
    <div class="row end">
      <button
        type="button"
        class={`btn ${kind}`}
        part={kind === 'primary' ? 'primary' : undefined}
        onClick={onDone}
      >
        {t('done')}
      </button>
    </div>
  );

  if (offer.kind === 'loading') {
    return (
      <>
        <h2 id="gv-title">{welcome}</h2>
        <LoadingSkeleton label={t('offerLoading')} />
      </>
    );
  }
  if (offer.kind !== 'ready') {
    return (
      <>
        <h2 id="gv-title" tabIndex={-1} data-autofocus>
          {welcome}
        </h2>
        <p class="note" role="status">
          {t(offer.kind === 'failed' ? 'offerFailed' : REASONS[offer.reason])}
        </p>
        {doneButton('primary')}
      </>
    );
  }

  const friend = formatReward(offer.offer.friend, i18n);
  const name = typeof offer.offer.advocateName === 'string' ? offer.offer.advocateName.trim() : '';
  const terms = safeHttpUrl(offer.offer.termsUrl);
  if (claim.kind === 'claimed') {
    return (
      <>
        <div class="badge" part="badge">
          <CheckIcon size={24} />
        </div>
        <h2 id="gv-title" tabIndex={-1} data-autofocus>
          {t('couponTitle')}
        </h2>
        <p>{t('couponBody', { friend })}</p>
        <p class="sr" role="status">
          {t('couponReady', { code: claim.code })}
        </p>
        <LinkCopy
          url={claim.code}
          copy={copy}
          i18n={i18n}
          label={t('couponLabel')}
          copiedStatus={t('codeCopied')}
        />
        {claim.applyUrl ? (
          <div class="row end">
            <a class="btn primary" part="primary" href={claim.applyUrl}>
              {t('applyCode')}
            </a>
          </div>
        ) : (
          doneButton('ghost')
        )}
      </>
    );
  }

  const until = validUntil(offer.offer.validUntil, i18n.locale);
  const error =
    claim.kind === 'invalid-email'
      ? t('emailInvalid')
      : claim.kind === 'failed'
        ? t('claimFailed')
        : '';
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const field = (event.currentTarget as HTMLFormElement).querySelector('input');
        void model.claim(field?.value ?? '');
      }}
    >
      <div class="badge" part="badge">
        <GiftIcon />
      </div>
      <h2 id="gv-title" tabIndex={-1} data-autofocus>
        {name ? t('friendTitle', { name, friend }) : t('friendTitleNoName', { friend })}
      </h2>
      <p>
        {brand ? t('friendBody', { brand }) : t('friendBodyNoBrand')}
        {until && ` ${t('friendValidUntil', { date: until })}`}
      </p>
      <label for="gv-email">{t('emailLabel')}</label>
      <div class="link">
        <input
          id="gv-email"
          part="input"
          type="email"
          name="email"
          autocomplete="email"
          required
          value={model.email.value}
          aria-invalid={claim.kind === 'invalid-email' ? 'true' : undefined}
          aria-describedby="gv-error"
        />
        <button
          type="submit"
          class="btn primary"
          part="primary"
          aria-disabled={claim.kind === 'claiming'}
        >
          {t(claim.kind === 'claiming' ? 'claiming' : claim.kind === 'failed' ? 'retry' : 'claim')}
        </button>
      </div>
      <p id="gv-error" class="hint" role="status">
        {error}
      </p>
      {terms && (
        <a class="terms" href={terms} target="_blank" rel="noopener noreferrer">
          {t('terms')}
        </a>
      )}
    </form>
  );
}

/** The offer's end date for the locale, or '' when it is missing or not a date. */
function validUntil(value: string | undefined, locale: string): string {
  const date = value ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
