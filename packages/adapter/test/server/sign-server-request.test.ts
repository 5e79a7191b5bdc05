import { describe, expect, it } from 'vitest';
import { SERVER_SIGNATURE_HEADER, signServerRequest } from '../../src/server/index.js';
// Checked against the RFC 4231 vectors in sign-advocate.test.ts.
import { hmacHex } from '../../src/server/sign-advocate.js';

const secret = 'an-api-secret-of-at-least-32-chars';

describe('signServerRequest', () => {
  it('signs t.METHOD path\\nbody with HMAC-SHA256, as the server checks it', async () => {
    const body = '{"orderId":"1001","total":"129.90","currency":"EUR"}';
    const headers = await signServerRequest(secret, {
      method: 'post',
      path: '/v1/orders',
      body,
      timestamp: 1_800_000_000,
    });
    const expected = await hmacHex(secret, `1800000000.POST /v1/orders\n${body}`);
    expect(headers).toEqual({ [SERVER_SIGNATURE_HEADER]: `t=1800000000,v1=${expected}` });
  });

  it('signs the method and the path, so one call cannot be replayed as another', async () => {
    const sign = (method: string, path: string) =>
      signServerRequest(secret, { method, path, body: '{}', timestamp: 1 });
    const refund = await sign('POST', '/v1/orders/1001/refunds');
    expect(await sign('POST', '/v1/orders/1001/cancel')).not.toEqual(refund);
    expect(await sign('POST', '/v1/orders/1002/refunds')).not.toEqual(refund);
    expect(await sign('GET', '/v1/orders/1001/refunds')).not.toEqual(refund);
  });

  it('uses the current time in seconds by default and an empty body when none', async () => {
    const before = Math.floor(Date.now() / 1000);
    const header = (await signServerRequest(secret, { method: 'GET', path: '/v1/coupons/ABC' }))[
      SERVER_SIGNATURE_HEADER
    ];
    const seconds = Number(/^t=(\d+),/.exec(header)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(before);
    expect(seconds).toBeLessThanOrEqual(before + 2);
    const mac = await hmacHex(secret, `${seconds}.GET /v1/coupons/ABC\n`);
    expect(header).toBe(`t=${seconds},v1=${mac}`);
  });

  it.each([
    ['', { method: 'POST', path: '/v1/orders' }, 'the apiSecret must not be empty'],
    [secret, { method: 'POST', path: 'v1/orders' }, 'path must start with "/"'],
    [
      secret,
      { method: 'POST', path: '/v1/orders', timestamp: 1.5 },
      'timestamp must be Unix seconds',
    ],
  ])('refuses bad input with a TypeError naming it (%#)', async (key, request, message) => {
    await expect(signServerRequest(key, request)).rejects.toThrow(message);
  });
});
