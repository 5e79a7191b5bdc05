import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import {
  clientIpMiddleware,
  type ProxyTrust,
  proxyTrust,
  resolveClientIp,
} from '../../src/http/client-ip.js';
import type { AppEnv } from '../../src/http/env.js';
import { listen } from '../../src/listen.js';

const none = proxyTrust({});
const oneHop = proxyTrust({ trustedHops: 1 });
const twoHops = proxyTrust({ trustedHops: 2 });
const lan = proxyTrust({ trustedProxies: ['10.0.0.0/8', 'fd00::/8'] });

describe('resolveClientIp', () => {
  it.each<[string, ProxyTrust, string, string | undefined, string]>([
    ['no trust ignores the header', none, '10.0.0.2', '203.0.113.9', '10.0.0.2'],
    ['one hop: the right-most entry', oneHop, '10.0.0.2', '6.6.6.6, 203.0.113.9', '203.0.113.9'],
    ['one hop, no header: the socket', oneHop, '203.0.113.9', undefined, '203.0.113.9'],
    ['two hops', twoHops, '10.0.0.2', '6.6.6.6, 203.0.113.9, 10.0.0.3', '203.0.113.9'],
    ['two hops, one entry: the furthest known', twoHops, '10.0.0.2', '203.0.113.9', '203.0.113.9'],
    [
      'proxies: walks past trusted hops',
      lan,
      '10.0.0.2',
      '6.6.6.6, 203.0.113.9, 10.9.9.9',
      '203.0.113.9',
    ],
    ['proxies: an untrusted socket is the client', lan, '198.51.100.4', '6.6.6.6', '198.51.100.4'],
    ['proxies: IPv6 hops', lan, 'fd00::2', '2001:db8::7, fd00::3', '2001:db8::7'],
    ['proxies: IPv4-mapped socket', lan, '::ffff:10.0.0.2', '203.0.113.9', '203.0.113.9'],
    ['a mapped client is IPv4', oneHop, '10.0.0.2', '::ffff:203.0.113.9', '203.0.113.9'],
    ['a port and brackets are dropped', oneHop, '10.0.0.2', '[2001:db8::7]:5123', '2001:db8::7'],
    ['a malformed entry stops at its hop', oneHop, '10.0.0.2', '203.0.113.9, bogus', '10.0.0.2'],
    ['an empty entry stops at its hop', lan, '10.0.0.2', '203.0.113.9, ', '10.0.0.2'],
    [
      'spoofed entries left of the hop are never read',
      oneHop,
      '10.0.0.2',
      '1.1.1.1, 2.2.2.2, 198.51.100.4',
      '198.51.100.4',
    ],
    ['all proxies trusted: the left-most proxy', lan, '10.0.0.2', '10.0.0.5', '10.0.0.5'],
  ])('%s', (_label, trust, socket, header, expected) => {
    expect(resolveClientIp(socket, header, trust)).toBe(expected);
  });

  it.each([
    [{ trustedHops: -1 }, /whole number/],
    [{ trustedHops: 1.5 }, /whole number/],
    [{ trustedHops: 1, trustedProxies: ['10.0.0.1'] }, /not both/],
    [{ trustedProxies: ['10.0.0.0/40'] }, /"10.0.0.0\/40"/],
  ])('refuses %j', (options, message) => {
    expect(() => proxyTrust(options)).toThrow(message);
  });
});

function echoIp(trust: ProxyTrust) {
  const app = new Hono<AppEnv>();
  app.use(clientIpMiddleware(trust));
  app.get('/', (c) => c.text(c.var.ip));
  return app;
}

describe('clientIpMiddleware', () => {
  it.each<[ProxyTrust, Record<string, string>, string]>([
    [none, { 'X-Forwarded-For': '203.0.113.9' }, '127.0.0.1'],
    [oneHop, { 'X-Forwarded-For': '6.6.6.6, 203.0.113.9' }, '203.0.113.9'],
    [oneHop, {}, '127.0.0.1'],
    [lan, { 'X-Forwarded-For': '203.0.113.9' }, '127.0.0.1'],
  ])('%j with %j → %s over a real socket', async (trust, headers, expected) => {
    const server = await listen(echoIp(trust), { host: '127.0.0.1', port: 0 });
    try {
      expect(await (await fetch(server.url, { headers })).text()).toBe(expected);
    } finally {
      await server.close();
    }
  });

  it('says "unknown" without a socket (app.request)', async () => {
    expect(await (await echoIp(none).request('/')).text()).toBe('unknown');
  });
});
