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

/** How long this page's signature is handed out again before the shop signs anew. */
const REUSE_FOR = 60_000;

/** One identification per customer per page (the snippet and the page may both ask). */
const identified = new Map();

/**
 * Identifies a customer: signed once now (so a purchase that follows carries them), then as a
 * callback Grapevine calls whenever a prompt needs a fresher signature than the one it has
 * (the server accepts 10 minutes): a pop-up shown long after this page was signed still gets
 * the customer's link. Errors in the callback are Grapevine's to contain.
 */
export function identifyDemoCustomer(customer) {
  const known = identified.get(customer.email);
  if (known) return known;
  let signed;
  let signedAt = 0;
  const sign = async () => {
    if (!signed || Date.now() - signedAt > REUSE_FOR) {
      signed = await signCustomer(customer);
      signedAt = Date.now();
    }
    return signed;
  };
  const done = (async () => {
    try {
      grapevine('identify', await sign());
    } catch (error) {
      // The shop keeps working without a signed customer; Grapevine then asks anonymously.
      console.warn('Could not sign the demo customer:', error);
    }
    grapevine('identify', sign);
  })();
  identified.set(customer.email, done);
  return done;
}

/** The customer who ordered in this browser (the demo's "signed in"), if any. */
function returningCustomer() {
  try {
    const customer = JSON.parse(localStorage.getItem('fika:customer') ?? 'null');
    return customer?.email ? customer : undefined;
  } catch {
    return undefined;
  }
}

/** Signs in the returning customer on every page, the way a shop's layout would. */
export function identifyReturningCustomer() {
  const customer = returningCustomer();
  return customer ? identifyDemoCustomer(customer) : Promise.resolve();
}
