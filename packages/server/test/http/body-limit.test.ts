import { request } from 'node:http';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimit } from '../../src/http/body-limit.js';
import type { AppEnv } from '../../src/http/env.js';
import { type Listening, listen } from '../../src/listen.js';

// Over a real socket, as @hono/node-server sees requests: a Content-Length body is judged by
// its header and read straight from the socket; a chunked body is counted as it streams.
const MAX = 100;
let server: Listening;

beforeAll(async () => {
  const app = new Hono<AppEnv>();
  app.use(
    bodyLimit({ maxSize: MAX, onError: (c) => c.json({ error: { code: 'body-too-large' } }, 413) }),
  );
  app.post('/echo', async (c) => {
    const text = await c.req.text();
    return c.json({ length: text.length, text });
  });
  app.get('/echo', (c) => c.json({ get: true }));
  server = await listen(app, { host: '127.0.0.1', port: 0 });
});
afterAll(() => server.close());

function send(body: string | undefined, options: { chunked?: boolean; method?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'text/plain' };
    if (body !== undefined && !options.chunked)
      headers['content-length'] = String(Buffer.byteLength(body));
    const req = request(
      `${server.url}/echo`,
      { method: options.method ?? 'POST', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    if (body !== undefined && options.chunked) {
      // Two writes without a length: Node sends Transfer-Encoding: chunked.
      const half = Math.floor(body.length / 2);
      req.write(body.slice(0, half));
      req.write(body.slice(half));
    } else if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('bodyLimit over a real socket', () => {
  it.each([
    ['Content-Length', false],
    ['chunked', true],
  ])('passes a body of exactly the limit (%s) to the handler intact', async (_label, chunked) => {
    const body = 'é'.repeat(MAX / 2); // 100 bytes in UTF-8
    const response = await send(body, { chunked });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ length: MAX / 2, text: body });
  });

  it.each([
    ['Content-Length', false],
    ['chunked', true],
  ])('refuses one byte over the limit (%s) with 413', async (_label, chunked) => {
    const response = await send('x'.repeat(MAX + 1), { chunked });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({ error: { code: 'body-too-large' } });
  });

  it('lets a GET and an empty POST through', async () => {
    expect((await send(undefined, { method: 'GET' })).status).toBe(200);
    const empty = await send('');
    expect(empty.status).toBe(200);
    expect(JSON.parse(empty.body)).toEqual({ length: 0, text: '' });
  });
});
