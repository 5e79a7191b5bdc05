// The English catalog: every string a shopper can see. Other locales translate these keys;
// `request.messages` overrides any of them. `{name}` is replaced by a value, as text.
// Keys ending in `_one` / `_other` are plural forms picked with Intl.PluralRules.

/** The default (English) messages, by key. */
export const en = {
  close: 'Close',
  // NPS
  npsQuestion: 'How likely are you to recommend {brand} to a friend or colleague?',
  npsQuestionNoBrand: 'How likely are you to recommend us to a friend or colleague?',
  npsLow: 'Not likely',
  npsHigh: 'Very likely',
  npsNext: 'Next',
  followPromoter: 'What do you love most?',
  followPassive: 'What would make it a 10?',
  followDetractor: 'What went wrong?',
  followHint: 'Optional: a sentence or two helps us a lot.',
  send: 'Send',
  skip: 'Skip',
  thanksTitle: 'Thank you!',
  thanksBody: 'Your feedback helps {brand} get better.',
  thanksBodyNoBrand: 'Your feedback helps us get better.',
  promoterTitle: 'Glad you love {brand}!',
  promoterTitleNoBrand: 'Glad you love it!',
  review: 'Write a review',
  done: 'Done',
  // Referral
  referralTitle: 'Give {friend}, get {advocate}',
  referralBody:
    'Your friends get {friend} on their first order. You get {advocate} on your next order when they buy.',
  referralTitleNoOffer: 'Tell your friends',
  referralBodyNoOffer: 'Share your personal link with friends who would like it too.',
  off: '{value} off',
  linkLabel: 'Your personal link',
  copy: 'Copy',
  copied: 'Copied',
  copiedStatus: 'Link copied to the clipboard.',
  copyManual: 'The link is selected: copy it with your keyboard or menu.',
  shareVia: 'Share via',
  linkLoading: 'Getting your link…',
  linkFailed: 'We couldn’t load your link just now. Please try again later.',
  notNow: 'Not now',
  optOut: 'Don’t ask again',
  terms: 'Terms apply',
  shareText: 'I like {brand} and I think you will too. Here is {friend} on your first order: {url}',
  shareTextNoBrand: 'Here is {friend} on your first order: {url}',
  shareTextNoOffer: 'Have a look at this: {url}',
  shareSubject: '{friend} for you',
  shareSubjectNoOffer: 'Have a look at this',
  // Share channel names
  native: 'More…',
  email: 'Email',
  sms: 'Text message',
  whatsapp: 'WhatsApp',
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  messenger: 'Messenger',
  line: 'LINE',
  telegram: 'Telegram',
} as const;

/** A message key of the catalog. */
export type MessageKey = keyof typeof en;
