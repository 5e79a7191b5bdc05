/** @jsxImportSource react */
// Type-checked by `pnpm --filter @grapevine/widget typecheck`: `<grapevine-referral>` in React 19
// TSX (react/jsx-runtime) with the shipped typing. Without it, the element is TS2339.
import type {} from '@grapevine/widget/jsx/react';
import type { ReactElement } from 'react';

export function ProgrammePage(): ReactElement {
  return (
    <main>
      <grapevine-referral
        data-campaign="refer"
        data-sign-in-text="Sign in to see your link"
        data-sign-in-url="https://shop.example/login"
        className="panel"
        id="referral"
      />
      {/* @ts-expect-error the attributes are typed, not `any` */}
      <grapevine-referral data-campaign={42} />
    </main>
  );
}
