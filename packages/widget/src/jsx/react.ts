// JSX typing of `<grapevine-referral>` for React 19 (`React.JSX`, which `react/jsx-runtime`
// extends). Types only: reference it once, e.g. `import type {} from '@grapevine/widget/jsx/react'`.
import type { GrapevineReferralAttributes } from './attributes.js';

export type { GrapevineReferralAttributes } from './attributes.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** The programme page's referral panel (`@grapevine/widget`). */
      'grapevine-referral': import('react').DetailedHTMLProps<
        import('react').HTMLAttributes<HTMLElement>,
        HTMLElement
      > &
        GrapevineReferralAttributes;
    }
  }
}
