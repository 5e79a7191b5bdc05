/** @jsxImportSource preact */
// Type-checked by `pnpm --filter @grapevine/widget typecheck`: `<grapevine-referral>` in Preact
// TSX with the shipped typing.
import type {} from '@grapevine/widget/jsx/preact';
import type { JSX } from 'preact';

export function ProgrammePage(): JSX.Element {
  return (
    <main>
      <grapevine-referral data-campaign="refer" class="panel" data-sign-in-url="/login" />
      {/* @ts-expect-error the attributes are typed, not `any` */}
      <grapevine-referral data-sign-in-text={false} />
    </main>
  );
}
