// Fika & Co. — the demo shop's own code: products, cart, checkout. Nothing here is Grapevine;
// the Grapevine calls are in each page's HTML (the snippet) and in thank-you.html.
export const products = [
  {
    id: 'beans-nord',
    name: 'Nordic Morning beans',
    blurb: 'Light roast, 500 g. Berries and honey.',
    price: 14.5,
    colors: ['#e9d8c0', '#8a5a3b'],
  },
  {
    id: 'kettle',
    name: 'Gooseneck kettle',
    blurb: 'Steady pour for perfect filter coffee.',
    price: 49,
    colors: ['#dfe7e2', '#2f6f4f'],
  },
  {
    id: 'mug-set',
    name: 'Stoneware mugs (2)',
    blurb: 'Hand-glazed in Bornholm. 300 ml each.',
    price: 32,
    colors: ['#f1e4d3', '#c8743a'],
  },
  {
    id: 'kanelbulle',
    name: 'Cinnamon bun kit',
    blurb: 'Everything for twelve buns but the oven.',
    price: 18,
    colors: ['#f6ead9', '#a0522d'],
  },
  {
    id: 'tea-sencha',
    name: 'Sencha green tea',
    blurb: 'First flush, 100 g. Grassy and sweet.',
    price: 16,
    colors: ['#e3ecd9', '#5b8a3a'],
  },
  {
    id: 'grinder',
    name: 'Hand grinder',
    blurb: 'Ceramic burrs, 38 click settings.',
    price: 64,
    colors: ['#e4e4ea', '#3d4a5c'],
  },
];

const CART_KEY = 'fika:cart';
const ORDER_KEY = 'fika:last-order';
const CUSTOMER_KEY = 'fika:customer';
/** Who the programme page shows before anyone has ordered on this browser. */
const DEMO_CUSTOMER = { email: 'anna@example.com', name: 'Anna Lindqvist' };
export const currency = 'EUR';

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
    return { ...line, product, amount: product.price * line.qty };
  });
}

export function cartTotal() {
  return cartLines().reduce((sum, line) => sum + line.amount, 0);
}

export function updateCartCount() {
  const count = readCart().reduce((sum, line) => sum + line.qty, 0);
  for (const badge of document.querySelectorAll('[data-cart-count]'))
    badge.textContent = String(count);
}

/** Places the order: what a real shop's server would do, kept in the browser for the demo. */
export function placeOrder({ email, name, coupon }) {
  const subtotal = cartTotal();
  const discount = coupon ? Math.round(subtotal * 0.2 * 100) / 100 : 0;
  const order = {
    orderId: `FK-${Date.now().toString(36).toUpperCase()}`,
    total: Math.round((subtotal - discount) * 100) / 100,
    currency,
    email,
    name,
    coupon: coupon || undefined,
    lines: cartLines().map(({ id, qty, amount }) => ({ id, qty, amount })),
  };
  sessionStorage.setItem(ORDER_KEY, JSON.stringify(order));
  // Ordering "signs in" the customer on this browser, as a shop account would.
  localStorage.setItem(CUSTOMER_KEY, JSON.stringify({ email, name }));
  localStorage.removeItem(CART_KEY);
  return order;
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
