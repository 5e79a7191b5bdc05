// The order-confirmation page every variant shares: a realistic thank-you page (header,
// order summary, address, footer) with no third-party code of its own. A variant adds its
// snippet at the end of <head> (`head`) or of <body> (`body`), exactly where its vendor's
// install guide puts it.

const order = { id: '1042', total: 86.5, currency: 'EUR' };

/** The order the host page confirms; variants pass it to their `purchase` trigger. */
export const benchOrder = order;

const items = [
  ['Organic cotton tee, sand, M', 2, 24.0],
  ['Canvas tote bag', 1, 18.5],
  ['Wool socks, 3-pack', 1, 20.0],
];

export function hostPage(variant, origin) {
  const rows = items
    .map(
      ([name, qty, price]) =>
        `<tr><td>${name}</td><td>${qty}</td><td>€${price.toFixed(2)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thank you for your order</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
  header, footer { background: #fff; padding: 16px 32px; border-bottom: 1px solid #e5e5e5; }
  footer { border-top: 1px solid #e5e5e5; border-bottom: 0; margin-top: 48px; color: #666; }
  main { max-width: 720px; margin: 32px auto; padding: 0 16px; }
  table { width: 100%; border-collapse: collapse; background: #fff; }
  td, th { padding: 8px 12px; border-bottom: 1px solid #eee; text-align: left; }
  .total { font-weight: 600; }
</style>
${variant.head?.(origin) ?? ''}
</head>
<body>
<header><strong>Nordic Basics</strong> · Shop · Account</header>
<main>
  <h1>Thank you, Alex!</h1>
  <p>Your order <strong>#${order.id}</strong> is confirmed. We have sent a receipt to a••@example.com.</p>
  <table>
    <thead><tr><th>Item</th><th>Qty</th><th>Price</th></tr></thead>
    <tbody>${rows}<tr class="total"><td>Total</td><td></td><td>€${order.total.toFixed(2)}</td></tr></tbody>
  </table>
  <h2>Shipping to</h2>
  <p>Alex Example<br>Storgata 1<br>0155 Oslo, Norway</p>
  <h2>What happens next</h2>
  <p>We pack your order within one working day and email you the tracking link when it ships.
     Free returns within 30 days.</p>
</main>
<footer>© Nordic Basics · Help · Returns · Privacy</footer>
${variant.body?.(origin) ?? ''}
</body>
</html>`;
}
