import * as z from './zod.js';

/** The body of every non-2xx answer. `code` is stable and machine-readable. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
  }),
});
