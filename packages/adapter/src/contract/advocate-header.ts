import type { Advocate } from '@grapevine/core';
import { advocateSchema } from './advocate.js';
import { parseContract, parseJson } from './parse.js';

/**
 * Decodes and validates the `X-Grapevine-Advocate` header on the server. Throws a
 * `ContractError` when it is missing, malformed or breaks the advocate schema. It does not
 * check the signature: use `verifyAdvocate` from `@grapevine/adapter/server` for that.
 */
export function decodeAdvocateHeader(value: string | null | undefined): Advocate {
  const where = 'X-Grapevine-Advocate header';
  let text = '';
  try {
    text = decodeURIComponent(value ?? '');
  } catch {
    // Leaves `text` empty: reported as malformed JSON below.
  }
  return parseContract(advocateSchema, parseJson(text, where), where);
}
