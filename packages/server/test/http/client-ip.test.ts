import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientIpMiddleware } from '../../src/http/client-ip.js';
import type { AppEnv } from '../../src/http/env.js';
import { listen } from '../../src/listen.js';

function echoIp(trustProxy: boolean) {
  const app = new Hono<AppEnv>();
  app.use(clientIpMiddleware(trustProxy));
  app.get('/', (c) => c.text(c.var.ip));
  return app;
}

describe('clientIpMiddleware', () => {
  it.each([
    [false, { 'X-Forwarded-For': '203.0.113.9' }, '127.0.0.1'],
    [true, { 'X-Forwarded-For': '203.0.113.9, 10.0.0.1' }, '203.0.113.9'],
    [true, {}, '127.0.0.1'],
  ])('trustProxy=%s with %j → %s', async (trustProxy, headers, expected) => {
    const server = await listen(echoIp(trustProxy), { host: '127.0.0.1', port: 0 });
    try {
      expect(await (await fetch(server.url, { headers })).text()).toBe(expected);
    } finally {
      await server.close();
    }
  });

  it('says "unknown" without a socket (app.request)', async () => {
    expect(await (await echoIp(false).request('/')).text()).toBe('unknown');
  });
});
