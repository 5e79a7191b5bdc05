import { HttpError } from '../../errors.js';
import { assertStorableText } from '../../http/storable-text.js';

const NUMBER_CHAR = /[0-9.eE+-]/;

/**
 * Parses a platform's JSON body, keeping integers too large for a JavaScript number as
 * strings. Shopify ids (820982911946154508) exceed 2^53: `JSON.parse` would silently turn
 * them into a neighbouring id, and a refund would name a different order than its order.
 * @throws HttpError 400 `malformed-json` when the text is not JSON, `invalid-request` naming
 *   the field when a string holds U+0000 or a lone UTF-16 surrogate.
 */
export function parsePlatformJson(text: string): unknown {
  let quoted = '';
  let copiedUpTo = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      const start = i;
      i++;
      while (i < text.length && NUMBER_CHAR.test(text[i] as string)) i++;
      const token = text.slice(start, i);
      if (/^-?\d{16,}$/.test(token) && !Number.isSafeInteger(Number(token))) {
        quoted += `${text.slice(copiedUpTo, start)}"${token}"`;
        copiedUpTo = i;
      }
    } else {
      i++;
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(quoted + text.slice(copiedUpTo));
  } catch {
    throw new HttpError(400, 'malformed-json', 'The request body is not valid JSON.');
  }
  assertStorableText(json);
  return json;
}

/**
 * The body as UTF-8 text; platforms send JSON in UTF-8.
 * @throws HttpError 400 when the bytes are not UTF-8 or contain U+0000 (PostgreSQL text cannot).
 */
export function utf8Text(body: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new HttpError(400, 'malformed-json', 'The request body is not UTF-8.');
  }
  if (text.includes('\u0000') || /\\u0000/i.test(text)) {
    throw new HttpError(400, 'invalid-payload', 'Strings may not contain U+0000.');
  }
  return text;
}
