// The graceful drain at the HTTP level: requests already received are answered (with
// `Connection: close`), new connections are refused, and what is left after the grace is cut.
import { request } from 'node:http';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEnv } from '../src/http/env.js';
import { type Listening, listen } from '../src/listen.js';

/** An app whose `/slow` answers when the test says so. */
function slowApp() {
  const waiting: (() => void)[] = [];
  let arrived: () => void = () => {};
  const app = new Hono<AppEnv>();
  app.get('/slow', async (c) => {
    arrived();
    await new Promise<void>((resolve) => waiting.push(resolve));
    return c.text('done');
  });
  return {
    app,
    release: () => {
      for (const resolve of waiting.splice(0)) resolve();
    },
    nextArrival: () => new Promise<void>((resolve) => (arrived = resolve)),
  };
}

/** A GET with Node's client (keep-alive), reporting the status, body and Connection header. */
function get(url: string) {
  return new Promise<{ status: number; body: string; connection: string | undefined }>(
    (resolve, reject) => {
      const req = request(`${url}/slow`, { agent: false, headers: { Connection: 'keep-alive' } });
      req.on('response', (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body,
            connection: response.headers.connection,
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

let server: Listening | undefined;
afterEach(async () => {
  await server?.close().catch(() => {});
  server = undefined;
});

describe('listen().drain', () => {
  it('answers in-flight requests, refuses new connections, then resolves', async () => {
    const slow = slowApp();
    server = await listen(slow.app, { host: '127.0.0.1', port: 0 });
    const arrived = slow.nextArrival();
    const inFlight = get(server.url);
    await arrived;
    expect(server.inFlight()).toBe(1);

    const drained = server.drain(10_000);
    await expect(get(server.url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    slow.release();
    expect(await inFlight).toEqual({ status: 200, body: 'done', connection: 'close' });
    expect(await drained).toEqual({ forced: 0 });
  });

  it('cuts what is left after the grace period and says how many', async () => {
    const slow = slowApp();
    server = await listen(slow.app, { host: '127.0.0.1', port: 0 });
    const arrived = slow.nextArrival();
    const stuck = get(server.url);
    await arrived;
    expect(await server.drain(50)).toEqual({ forced: 1 });
    await expect(stuck).rejects.toMatchObject({ code: 'ECONNRESET' });
    slow.release();
  });
});
