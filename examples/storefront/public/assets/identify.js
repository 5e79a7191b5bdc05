// Identifying the customer the way a shop should: the shop's own server signs the customer
// (HMAC with a secret the browser never sees) and the page hands the signed advocate to
// Grapevine. Here the demo reference server plays the shop's backend (POST /demo/sign).

/** The Grapevine backend's URL, read from the snippet's data-endpoint. */
export function grapevineEndpoint() {
  return document.querySelector('script[data-endpoint]')?.dataset.endpoint ?? '';
}

export async function identifyDemoCustomer({ email, name }) {
  try {
    const response = await fetch(`${grapevineEndpoint()}/demo/sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: `customer:${email}`, email, name }),
    });
    if (!response.ok) throw new Error(`sign: HTTP ${response.status}`);
    grapevine('identify', await response.json());
  } catch (error) {
    // The shop keeps working without a signed customer; Grapevine then asks anonymously.
    console.warn('Could not sign the demo customer:', error);
  }
}
