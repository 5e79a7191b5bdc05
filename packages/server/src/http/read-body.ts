import { checkContract } from '@grapevine/adapter/contract';
import type { Context } from 'hono';
import type { z } from 'zod/mini';
import { HttpError } from '../errors.js';

/**
 * Reads a JSON body and validates it against a contract schema. Any content type is
 * accepted (beacons send `text/plain`); the text must be JSON.
 * @throws HttpError 400 `malformed-json` or `invalid-request` naming the first bad field.
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
  // PostgreSQL text cannot hold U+0000; refuse it here rather than fail in the database.
  if (/\\u0000/i.test(text)) {
    throw new HttpError(400, 'invalid-request', 'Strings may not contain U+0000.');
  }
  const checked = checkContract(schema, json, where);
  if (!checked.ok) {
    const message = checked.issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`);
    throw new HttpError(400, 'invalid-request', message.slice(0, 5).join('; '));
  }
  return checked.value;
}
