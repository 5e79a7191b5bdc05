import { z } from 'zod';
import { optionalEmail } from './fields.js';

// The parts of Stripe's objects that Grapevine reads (other fields pass through), for the
// API versions in use: older ones name an invoice's payment intent, newer ones list payments.

const stripeId = z.string().regex(/^[A-Za-z0-9_]{1,255}$/, 'expected a Stripe id');
/** An expandable field: the id, or the object with its id. */
const ref = z
  .union([stripeId, z.looseObject({ id: stripeId })])
  .nullish()
  .transform((value) =>
    typeof value === 'object' && value !== null ? value.id : (value ?? undefined),
  );
const amount = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const metadata = z.record(z.string(), z.unknown()).nullish();
const discounts = z
  .array(z.union([stripeId, z.looseObject({ promotion_code: ref })]))
  .nullish()
  .transform((list) =>
    (list ?? []).flatMap((entry) => {
      const id = typeof entry === 'string' ? entry : entry.promotion_code;
      // Bare invoice discount ids (`di_…`) name no promotion code.
      return id?.startsWith('promo_') ? [id] : [];
    }),
  );

/** An event envelope. */
export const event = z.looseObject({
  id: stripeId,
  type: z.string(),
  created: z.number().int(),
  data: z.looseObject({ object: z.looseObject({}) }),
});

export const session = z.looseObject({
  id: stripeId,
  payment_status: z.string(),
  amount_total: amount,
  currency: z.string(),
  created: z.number().int(),
  client_reference_id: z.string().max(200).nullish(),
  metadata,
  payment_intent: ref,
  invoice: ref,
  customer: ref,
  customer_email: optionalEmail,
  customer_details: z.looseObject({ email: optionalEmail }).nullish(),
  discounts,
});

export const invoice = z.looseObject({
  id: stripeId,
  amount_paid: amount,
  currency: z.string(),
  created: z.number().int(),
  billing_reason: z.string().nullish(),
  status_transitions: z.looseObject({ paid_at: z.number().int().nullish() }).nullish(),
  metadata,
  customer: ref,
  customer_email: optionalEmail,
  discounts,
  // Older API versions name the payment; newer ones list it under `payments` when included.
  payment_intent: ref,
  charge: ref,
  payments: z
    .looseObject({
      data: z.array(z.looseObject({ payment: z.looseObject({ payment_intent: ref }).nullish() })),
    })
    .nullish(),
});

export const refundObject = z.looseObject({
  id: stripeId,
  amount,
  currency: z.string(),
  status: z.string().nullish(),
  created: z.number().int(),
  charge: ref,
  payment_intent: ref,
});

export const charge = z.looseObject({
  id: stripeId,
  payment_intent: ref,
  amount,
  amount_refunded: amount,
  refunded: z.boolean(),
  currency: z.string(),
  created: z.number().int(),
  refunds: z.looseObject({ data: z.array(refundObject) }).nullish(),
});
