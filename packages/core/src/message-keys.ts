// The message keys a campaign's or variant's `content` may set: the widget's English catalog
// (packages/widget/src/i18n/en.ts; a widget test keeps the two equal). Core knows them so that
// a misspelt key is a config error that names it, not copy that silently never shows.

/**
 * Every message key, in the English catalog's order.
 * @example MESSAGE_KEYS.includes('referralTitle') // true
 */
// One string split once (marked pure, so bundles that never read it drop it).
export const MESSAGE_KEYS: readonly string[] =
  /* @__PURE__ */ 'close npsQuestion npsQuestionNoBrand npsLow npsHigh npsNext followPromoter followPassive followDetractor followHint send skip thanksTitle thanksBody thanksBodyNoBrand promoterTitle promoterTitleNoBrand review done referralTitle referralBody referralTitleNoOffer referralBodyNoOffer off linkLabel copy copied copiedStatus copyManual shareVia linkLoading linkFailed notNow optOut terms shareText shareTextNoBrand shareTextNoOffer shareSubject shareSubjectNoOffer friendTitle friendTitleNoName friendBody friendBodyNoBrand friendValidUntil emailLabel claim claiming retry emailInvalid claimFailed couponTitle couponBody couponLabel applyCode couponReady codeCopied welcomeTitle welcomeTitleNoBrand offerInvalid offerSelf offerExpired offerUsed offerLoading offerFailed panelTitle panelSteps panelStep1 panelStep2 panelStep3 panelSignIn signIn panelLoadFailed statsTitle statClicks statJoined statPurchases statEarned statPending native email sms whatsapp x facebook linkedin messenger line telegram'.split(
    ' ',
  );
