import { z } from 'zod';
import type { VerifiedDelivery } from '../facts.js';
import { isoTime, platformId, readPayload } from './fields.js';

/**
 * The fulfillment topics that report a delivery. `fulfillment_events/create` sends one
 * tracking event of a fulfillment (REST `FulfillmentEvent`: `status`, `happened_at`,
 * `order_id`); `fulfillments/update` sends the fulfillment (REST `Fulfillment`) whose
 * `shipment_status` the carrier moved, `delivered` at last (it has no delivery time of its
 * own: `updated_at` is when it changed). Any other status says nothing about delivery.
 */
export const SHOPIFY_FULFILLMENT_TOPICS = ['fulfillment_events/create', 'fulfillments/update'];

const fulfillmentEvent = z.looseObject({
  order_id: platformId,
  status: z.string(),
  happened_at: isoTime.nullish(),
  created_at: isoTime,
});

const fulfillment = z.looseObject({
  order_id: platformId,
  shipment_status: z.string().nullish(),
  updated_at: isoTime,
});

/** The delivery a fulfillment topic reports, or none (not delivered yet). */
export function shopifyDelivery(topic: string, json: unknown): VerifiedDelivery[] {
  if (topic === 'fulfillment_events/create') {
    const event = readPayload(fulfillmentEvent, json, 'fulfillment_event');
    if (event.status !== 'delivered') return [];
    return [delivery(event.order_id, event.happened_at ?? event.created_at)];
  }
  const changed = readPayload(fulfillment, json, 'fulfillment');
  if (changed.shipment_status !== 'delivered') return [];
  return [delivery(changed.order_id, changed.updated_at)];
}

function delivery(orderId: string, deliveredAt: number): VerifiedDelivery {
  return { kind: 'delivery', source: 'shopify', orderId, deliveredAt };
}
