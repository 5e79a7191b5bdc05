import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as a fake saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A fake's answer. */
export interface FakeAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Switches every provider fake has, for tests of slowness and failures. */
export interface FakeSwitches {
  /** Answers queued for the next requests, before any real handling (a 503, a 429 …). */
  failNext(...answers: FakeAnswer[]): void;
  /** Delays every answer by this long (to make a call time out). */
  delayMs: number;
}

/** A running fake: its base URL, what it saw, its switches. */
export interface FakeServer extends FakeSwitches {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 (random port) that answers with `handle`, after the
 * queued failures and delay. Each provider fake (`shopify-admin.ts`, `stripe-api.ts`,
 * `woocommerce-api.ts`) is one of these with the provider's rules in `handle`.
 */
export async function startFakeServer(
  handle: (request: SeenRequest) => FakeAnswer | Promise<FakeAnswer>,
): Promise<FakeServer> {
  const queued: FakeAnswer[] = [];
  const requests: SeenRequest[] = [];
  const state = { delayMs: 0 };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(seen);
    if (state.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
    let answer: FakeAnswer;
    try {
      answer = queued.shift() ?? (await handle(seen));
    } catch (error) {
      answer = { status: 500, body: { fakeError: (error as Error).message } };
    }
    if (res.destroyed) return;
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (...answers) => queued.push(...answers),
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(ms: number) {
      state.delayMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Checks an object's keys against the documented ones: an unknown key or a missing
 * required one is an error message naming it (fakes answer it with the provider's error).
 */
export function unexpectedKeys(
  value: unknown,
  allowed: readonly string[],
  required: readonly string[] = [],
): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'expected an object';
  const keys = Object.keys(value);
  const unknown = keys.find((key) => !allowed.includes(key));
  if (unknown) return `unknown field "${unknown}"`;
  const missing = required.find((key) => !keys.includes(key));
  return missing ? `missing field "${missing}"` : undefined;
}
