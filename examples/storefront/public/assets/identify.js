// Identifying the customer the way a shop should: the shop's own server signs the customer
// (HMAC with a secret the browser never sees) and the page hands the signed advocate to
// Grapevine. Here the demo reference server plays the shop's backend (POST /demo/sign).

function snippet() {
  return document.querySelector('script[data-endpoint]')?.dataset ?? {};
}

/** The Grapevine backend's URL, read from the snippet's data-endpoint. */
export function grapevineEndpoint() {
  return snippet().endpoint ?? '';
}

/** The site key, read from the snippet's data-site-key. */
export function siteKey() {
  return snippet().siteKey ?? '';
}

/** Asks the "shop backend" to sign a customer. */
export async function signCustomer({ email, name }) {
  const response = await fetch(`${grapevineEndpoint()}/demo/sign`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ siteKey: siteKey(), id: `customer:${email}`, email, name }),
  });
  if (!response.ok) throw new Error(`sign: HTTP ${response.status}`);
  return (await response.json()).advocate;
}

export async function identifyDemoCustomer(customer) {
  try {
    grapevine('identify', await signCustomer(customer));
  } catch (error) {
    // The shop keeps working without a signed customer; Grapevine then asks anonymously.
    console.warn('Could not sign the demo customer:', error);
  }
}
