import { isHttpError } from '../../../src/errors.js';
import type { WebhookOutcome } from '../../../src/orders/sources/source.js';

export const bytes = (text: string) => new TextEncoder().encode(text);

/** A source's answer: its outcome, or the status and message of the HttpError it threw. */
export function answer(
  run: () => WebhookOutcome,
): WebhookOutcome | { status: number; message: string } {
  try {
    return run();
  } catch (error) {
    if (isHttpError(error)) return { status: error.status, message: error.message };
    throw error;
  }
}
