import { checkContract } from '@grapevine/adapter/contract';
import type { Context } from 'hono';
import type { z } from 'zod/mini';
import { HttpError } from '../errors.js';
import { assertStorableText } from './storable-text.js';

/**
 * Reads a JSON body and validates it against a contract schema. Any content type is
 * accepted (beacons send `text/plain`); the text must be JSON.
 * @throws HttpError 400 `malformed-json` or `invalid-request` naming the first bad field
 *   (also a string holding U+0000 or a lone UTF-16 surrogate).
 */
export async function readBody<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  where: string,
): Promise<z.output<S>> {
  const text = await c.req.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'malformed-json', 'The request body is not valid JSON.');
  }
  // Text the database cannot store (U+0000, lone surrogates) is refused here, naming the
  // field, for every route at once: never a 500 from the database halfway through a write.
  assertStorableText(json);
  const checked = checkContract(schema, json, where);
  if (!checked.ok) {
    const message = checked.issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`);
    throw new HttpError(400, 'invalid-request', message.slice(0, 5).join('; '));
  }
  return checked.value;
}
