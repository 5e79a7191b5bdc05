import { epochMsSchema, idSchema } from './primitives.js';
import * as z from './zod.js';

/** Most entries `GET /v1/advocates/me/ledger` answers with (the newest). */
export const MAX_LEDGER_ENTRIES = 100;

/** What a ledger entry records (`LedgerEntryType` of `@grapevine/core`). */
export const ledgerEntryTypeSchema = z.enum([
  'impression',
  'dismiss',
  'snooze',
  'answer',
  'nps',
  'share',
  'copy',
  'claim',
  'opt-out',
  'global-opt-out',
]);

/** One entry of the signed customer's ledger: only the fields the rules read. */
export const customerLedgerEntrySchema = z.object({
  id: idSchema,
  type: ledgerEntryTypeSchema,
  at: epochMsSchema,
  campaignId: z.exactOptional(idSchema),
  variantId: z.exactOptional(idSchema),
  score: z.exactOptional(z.number().check(z.int(), z.minimum(0), z.maximum(10))),
  until: z.exactOptional(epochMsSchema),
  triggerKey: z.exactOptional(idSchema),
  channel: z.exactOptional(z.enum(['popup', 'email'])),
});

/**
 * Query of `GET /v1/advocates/me/ledger`: with this browser's anonymous `visitorId`, the
 * server remembers the browser as the signed customer's and leaves its own entries out.
 */
export const customerLedgerQuerySchema = z.object({ visitorId: z.exactOptional(idSchema) });

/** Response of `GET /v1/advocates/me/ledger`: newest first, at most {@link MAX_LEDGER_ENTRIES}. */
export const customerLedgerSchema = z.object({
  entries: z.array(customerLedgerEntrySchema).check(z.maxLength(MAX_LEDGER_ENTRIES)),
});
