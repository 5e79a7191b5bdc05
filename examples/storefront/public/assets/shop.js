// Fika & Co. — the demo shop's own code: products, cart, checkout. Nothing here is Grapevine;
// the Grapevine calls are in each page's HTML (the snippet) and in thank-you.html.
import { CURRENCY, catalog } from './catalog.js';

/** The catalogue with display prices in euros (the backend counts in cents). */
export const products = catalog.map((product) => ({ ...product, price: product.priceMinor / 100 }));

const CART_KEY = 'fika:cart';
const ORDER_KEY = 'fika:last-order';
const CUSTOMER_KEY = 'fika:customer';
/** Who the programme page shows before anyone has ordered on this browser. */
const DEMO_CUSTOMER = { email: 'anna@example.com', name: 'Anna Lindqvist' };
export const currency = CURRENCY;

export function formatMoney(amount, locale = document.documentElement.lang || 'en') {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

export function readCart() {
  try {
    const cart = JSON.parse(localStorage.getItem(CART_KEY) ?? '[]');
    return Array.isArray(cart) ? cart.filter((line) => products.some((p) => p.id === line.id)) : [];
  } catch {
    return [];
  }
}

function writeCart(cart) {
  localStorage.setItem(CART_KEY, JSON.stringify(cart));
  updateCartCount();
}

export function addToCart(id) {
  const cart = readCart();
  const line = cart.find((entry) => entry.id === id);
  if (line) line.qty += 1;
  else cart.push({ id, qty: 1 });
  writeCart(cart);
}

export function cartLines() {
  return readCart().map((line) => {
    const product = products.find((p) => p.id === line.id);
    return { ...line, product, amount: (product.priceMinor * line.qty) / 100 };
  });
}

export function cartTotal() {
  return cartLines().reduce((sum, line) => sum + line.product.priceMinor * line.qty, 0) / 100;
}

export function updateCartCount() {
  const count = readCart().reduce((sum, line) => sum + line.qty, 0);
  for (const badge of document.querySelectorAll('[data-cart-count]'))
    badge.textContent = String(count);
}

/** Calls the shop's own backend (same origin, JSON): it alone talks to Grapevine's server API. */
async function backend(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok)
    throw new Error(json.error?.message ?? `The shop could not do that (HTTP ${response.status}).`);
  return json;
}

/** Asks the shop's backend whether a coupon is good: `{ valid, offer }` or `{ valid: false, message }`. */
export function checkCoupon(code) {
  return backend('/api/coupons/check', { code });
}

/**
 * Places the order with the shop's backend, which prices the cart from its own catalogue,
 * checks the coupon with Grapevine and confirms the order to Grapevine server to server.
 * The browser sends only what is in the cart; it never says what the order costs.
 */
export async function placeOrder({ email, name, coupon }) {
  const placed = await backend('/api/orders', {
    name,
    email,
    coupon: coupon || undefined,
    lines: readCart().map(({ id, qty }) => ({ id, qty })),
  });
  const order = {
    orderId: placed.orderId,
    total: placed.totalMinor / 100,
    currency: placed.currency,
    email,
    name,
    coupon: placed.coupon ?? undefined,
  };
  sessionStorage.setItem(ORDER_KEY, JSON.stringify(order));
  // Ordering "signs in" the customer on this browser, as a shop account would.
  localStorage.setItem(CUSTOMER_KEY, JSON.stringify({ email, name }));
  localStorage.removeItem(CART_KEY);
  return order;
}

/** Demo toolbar: the shop refunds its last order in full (and tells Grapevine). */
export function refundLastOrder() {
  return backend('/api/orders/last/refund');
}

export function lastOrder() {
  try {
    return JSON.parse(sessionStorage.getItem(ORDER_KEY) ?? 'null');
  } catch {
    return null;
  }
}

/** The signed-in customer: the last one who ordered on this browser, else the demo's Anna. */
export function currentCustomer() {
  try {
    const customer = JSON.parse(localStorage.getItem(CUSTOMER_KEY) ?? 'null');
    return customer?.email ? customer : DEMO_CUSTOMER;
  } catch {
    return DEMO_CUSTOMER;
  }
}

/** A simple illustration per product, so the demo needs no image files. */
export function productArt(product) {
  const [bg, fg] = product.colors;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 160 120');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML = `<rect width="160" height="120" fill="${bg}"/><circle cx="80" cy="64" r="34" fill="${fg}" opacity=".9"/><rect x="60" y="30" width="40" height="10" rx="5" fill="${fg}" opacity=".55"/><circle cx="80" cy="64" r="14" fill="${bg}" opacity=".7"/>`;
  return svg;
}
