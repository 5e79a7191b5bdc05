// JSX typing of `<grapevine-referral>` for Preact. Types only: reference it once, e.g.
// `import type {} from '@grapevine/widget/jsx/preact'`.
import type { GrapevineReferralAttributes } from './attributes.js';

export type { GrapevineReferralAttributes } from './attributes.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      /** The programme page's referral panel (`@grapevine/widget`). */
      'grapevine-referral': import('preact').HTMLAttributes<HTMLElement> &
        GrapevineReferralAttributes;
    }
  }
}
