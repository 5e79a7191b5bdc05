// What an order costs, computed by the shop's backend from its own catalogue and a coupon the
// backend checked with Grapevine. Nothing here takes a price or a total from the browser.
import { CURRENCY, catalog } from '../public/assets/catalog.js';

/** A request the shop refuses, with the field that was wrong. */
export class ShopError extends Error {
  name = 'ShopError';
  /** @param {number} status @param {string} code @param {string} message */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const MAX_LINES = 50;
const MAX_QTY = 99;

/**
 * The cart as the browser sent it, checked against the catalogue: known product ids,
 * whole quantities from 1 to 99.
 * @param {unknown} lines
 * @returns {{ id: string, qty: number, priceMinor: number }[]}
 */
export function checkedLines(lines) {
  if (!Array.isArray(lines) || lines.length === 0 || lines.length > MAX_LINES) {
    throw new ShopError(400, 'invalid-cart', `lines: expected 1 to ${MAX_LINES} cart lines`);
  }
  return lines.map((line, i) => {
    const product = catalog.find((p) => p.id === line?.id);
    if (!product)
      throw new ShopError(400, 'invalid-cart', `lines[${i}].id: not a product of this shop`);
    const qty = line.qty;
    if (!Number.isInteger(qty) || qty < 1 || qty > MAX_QTY) {
      throw new ShopError(
        400,
        'invalid-cart',
        `lines[${i}].qty: expected a whole number from 1 to ${MAX_QTY}`,
      );
    }
    return { id: product.id, qty, priceMinor: product.priceMinor };
  });
}

/**
 * The discount a checked coupon gives on a subtotal, in cents: a percentage (rounded half up
 * to the cent) or a fixed amount in the shop's currency, never more than the subtotal.
 * @param {number} subtotalMinor
 * @param {{ kind: 'percent' | 'amount', value: number, currency?: string } | null} offer
 */
export function discountOf(subtotalMinor, offer) {
  if (!offer) return 0;
  if (offer.kind === 'percent')
    return Math.min(subtotalMinor, Math.round((subtotalMinor * offer.value) / 100));
  if (offer.kind === 'amount' && (offer.currency ?? CURRENCY) === CURRENCY) {
    return Math.min(subtotalMinor, Math.round(offer.value * 100));
  }
  return 0;
}

/**
 * Prices checked lines with an optional checked offer.
 * @param {{ id: string, qty: number, priceMinor: number }[]} lines
 * @param {{ kind: 'percent' | 'amount', value: number, currency?: string } | null} offer
 */
export function priceOrder(lines, offer) {
  const subtotalMinor = lines.reduce((sum, line) => sum + line.priceMinor * line.qty, 0);
  const discountMinor = discountOf(subtotalMinor, offer);
  return {
    subtotalMinor,
    discountMinor,
    totalMinor: subtotalMinor - discountMinor,
    currency: CURRENCY,
  };
}
