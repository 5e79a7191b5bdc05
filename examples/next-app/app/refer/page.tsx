// The programme page: `<grapevine-referral>` renders the customer's link, the offer and
// their stats once the widget (in the layout's client component) starts.
import type {} from '@grapevine/widget/jsx/react';

export default function ReferPage() {
  return (
    <section className="card">
      <h1>Refer a friend</h1>
      <grapevine-referral data-campaign="refer" />
    </section>
  );
}
