// Polling for outcomes that arrive asynchronously (the outbox delivers in the background).
import { isDeepStrictEqual } from 'node:util';

/**
 * Reads `read()` until it equals `expected` (deeply), or fails after `timeout` ms with
 * `message` and the last value read.
 */
export async function eventually<Value>(
  read: () => Promise<Value> | Value,
  expected: Value,
  message: string,
  timeout = 15_000,
): Promise<Value> {
  const deadline = Date.now() + timeout;
  let last: Value | undefined;
  for (;;) {
    last = await read();
    if (isDeepStrictEqual(last, expected)) return last;
    if (Date.now() > deadline) {
      throw new Error(
        `${message}: expected ${JSON.stringify(expected)}, still ${JSON.stringify(last)} after ${timeout} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `read()` returns exactly `count` rows and returns them. */
export async function rows<Row>(
  read: () => Promise<Row[]>,
  count: number,
  message: string,
): Promise<Row[]> {
  await eventually(async () => (await read()).length, count, message);
  return read();
}
