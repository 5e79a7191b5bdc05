import * as z from 'zod/mini';
import { duration } from './primitives.js';

/** Each global option on its own, so one bad option falls back alone. */
export function policyFields() {
  const count = () => z.int().check(z.gte(0));
  return {
    quietPeriod: duration(),
    maxPerSession: count(),
    maxPerPage: count(),
    oneAtATime: z.boolean(),
    oneTabAtATime: z.boolean(),
    killSwitch: z.boolean(),
    consentRequired: z.boolean(),
    npsFatigue: duration(),
  };
}
