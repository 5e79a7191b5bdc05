import { z } from 'zod';

// Data shapes the templates share. Text fields are bounded: they end up in an email.

/** An https/http URL. */
export const linkSchema = z.url({ protocol: /^https?$/ });

/** A date-time (`2026-11-02T10:00:00.000Z`). */
export const isoDateSchema = z.iso.datetime({ offset: true });

/** A first name to show, trimmed and short. */
export const nameSchema = z.string().trim().min(1).max(60);

/** An offer as sites configure it (the friend's side of a referral). */
export const offerSchema = z.object({
  kind: z.enum(['percent', 'amount', 'custom']),
  value: z.number().nonnegative().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  label: z.string().max(200).optional(),
});

/** An earned amount, exact in minor units. */
export const moneySchema = z.object({
  minor: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
