import type { MessageKey } from './en.js';
import type { Surface } from './surfaces.js';

// Messages shared by more than one surface: every reward reads through `off`; the link field
// (copy button and its feedback) is in the referral step, the panel and the coupon reveal.
const REWARD = ['off'] as const;
const LINK_FIELD = ['copy', 'copied', 'copyManual'] as const;
const SHARING = [
  ...LINK_FIELD,
  'linkLabel',
  'copiedStatus',
  'linkLoading',
  'shareVia',
  'shareText',
  'shareTextNoBrand',
  'shareTextNoOffer',
  'shareSubject',
  'shareSubjectNoOffer',
  'native',
  'email',
  'sms',
] as const;

// The referral prompt: its link, sharing, snooze and opt-out (`done` and `review` are named by
// its components too: a close reason, and the review link an NPS promoter's step adds).
const REFERRAL_PROMPT = [
  'close',
  ...REWARD,
  ...SHARING,
  'done',
  'review',
  'referralTitle',
  'referralBody',
  'referralTitleNoOffer',
  'referralBodyNoOffer',
  'linkFailed',
  'notNow',
  'optOut',
  'terms',
] as const;
// The NPS prompt's own steps (score, follow-up, thanks) before a promoter's referral step.
const NPS_STEPS = [
  'npsQuestion',
  'npsQuestionNoBrand',
  'npsLow',
  'npsHigh',
  'npsNext',
  'followPromoter',
  'followPassive',
  'followDetractor',
  'followHint',
  'send',
  'skip',
  'thanksTitle',
  'thanksBody',
  'thanksBodyNoBrand',
  'promoterTitle',
  'promoterTitleNoBrand',
] as const;

/**
 * The messages each surface's part carries: what its components can show. Build-time data,
 * not shipped: the parts under `parts/` are generated from these lists and the catalogs (see
 * test/i18n/parts.test.ts), and a test fails when a component names a message its surface's
 * list lacks. Brand names (WhatsApp, LINE…) are in no part: they read the same in every
 * language, from English.
 */
export const SURFACE_MESSAGES: Record<Surface, readonly MessageKey[]> = {
  prompt: [...REFERRAL_PROMPT, ...NPS_STEPS],
  friend: [
    'close',
    ...REWARD,
    ...LINK_FIELD,
    'done',
    'terms',
    'friendTitle',
    'friendTitleNoName',
    'friendBody',
    'friendBodyNoBrand',
    'friendValidUntil',
    'emailLabel',
    'claim',
    'claiming',
    'retry',
    'emailInvalid',
    'claimFailed',
    'couponTitle',
    'couponBody',
    'couponLabel',
    'applyCode',
    'couponReady',
    'codeCopied',
    'welcomeTitle',
    'welcomeTitleNoBrand',
    'offerInvalid',
    'offerSelf',
    'offerExpired',
    'offerUsed',
    'offerLoading',
    'offerFailed',
  ],
  panel: [
    ...REWARD,
    ...SHARING,
    'referralTitle',
    'panelTitle',
    'panelSteps',
    'panelStep1',
    'panelStep2',
    'panelStep3',
    'panelSignIn',
    'signIn',
    'panelLoadFailed',
    'statsTitle',
    'statClicks',
    'statJoined',
    'statPurchases',
    'statEarned',
    'statPending',
  ],
};

/**
 * The English a kind's script-tag UI bundle keeps where the kind shows less than its
 * surface (see bundle-english.ts): the referral prompt alone has none of the NPS steps. Its
 * locale parts stay per surface. A test fails when a kind's components name a message
 * missing here.
 */
export const KIND_MESSAGES: Readonly<Partial<Record<string, readonly MessageKey[]>>> = {
  referral: REFERRAL_PROMPT,
};
