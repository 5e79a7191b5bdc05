// The attributes `<grapevine-referral>` reads (src/runtime/referral-panels.ts), for the JSX
// typings of React and Preact.

/** `<grapevine-referral>`'s own attributes. */
export interface GrapevineReferralAttributes {
  /** The referral campaign whose offer and copy the panel shows. @default the first referral campaign */
  'data-campaign'?: string;
  /** The hint shown to a visitor who is not signed in. */
  'data-sign-in-text'?: string;
  /** Where the sign-in hint links to (http or https). */
  'data-sign-in-url'?: string;
}
