import { describe, expect, it } from 'vitest';
import committed from '../../openapi.json' with { type: 'json' };
import { buildOpenApi } from '../../src/server/index.js';

const doc = buildOpenApi() as {
  openapi: string;
  paths: Record<
    string,
    Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>
  >;
  components: { schemas: Record<string, Record<string, unknown>> };
};

describe('buildOpenApi', () => {
  it('describes the seven endpoints of contract v1 and the server API in OpenAPI 3.1', () => {
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual([
      'GET /v1/advocates/me/ledger',
      'GET /v1/advocates/me/stats',
      'GET /v1/campaigns',
      'GET /v1/coupons/{code}',
      'GET /v1/referrals/{code}',
      'POST /v1/coupons/{code}/redeem',
      'POST /v1/events',
      'POST /v1/orders',
      'POST /v1/orders/{orderId}/cancel',
      'POST /v1/orders/{orderId}/delivered',
      'POST /v1/orders/{orderId}/refunds',
      'POST /v1/referrals',
      'POST /v1/referrals/{code}/claims',
    ]);
  });

  it('marks the orders API as server to server, signed with the apiSecret', () => {
    const docWithSecurity = buildOpenApi() as {
      paths: Record<
        string,
        Record<string, { security?: unknown; requestBody?: { required: boolean } }>
      >;
      components: { securitySchemes: Record<string, { name: string }> };
    };
    const cancel = docWithSecurity.paths['/v1/orders/{orderId}/cancel']?.post;
    expect(cancel?.security).toEqual([{ siteKey: [], serverSignature: [] }]);
    expect(cancel?.requestBody?.required).toBe(false);
    const delivered = docWithSecurity.paths['/v1/orders/{orderId}/delivered']?.post;
    expect(delivered?.security).toEqual([{ siteKey: [], serverSignature: [] }]);
    expect(delivered?.requestBody?.required).toBe(false);
    expect(docWithSecurity.paths['/v1/events']?.post?.security).toBeUndefined();
    expect(docWithSecurity.components.securitySchemes.serverSignature?.name).toBe(
      'Grapevine-Signature',
    );
    expect(doc.components.schemas.OrderRequest?.required).toEqual(['orderId', 'total', 'currency']);
  });

  it.each([
    ['GET /v1/campaigns', ['200', '401', '403', '429', '431', '503', 'default']],
    ['POST /v1/events', ['200', '400', '401', '403', '413', '429', '431', '503', 'default']],
    ['GET /v1/advocates/me/stats', ['200', '400', '401', '403', '429', '431', '503', 'default']],
    ['GET /v1/advocates/me/ledger', ['200', '400', '401', '403', '429', '431', '503', 'default']],
    [
      'POST /v1/coupons/{code}/redeem',
      ['200', '400', '401', '403', '404', '409', '413', '429', '431', '503', 'default'],
    ],
  ])('lists every status of %s, each with the Error body', (operation, statuses) => {
    const [method = '', path = ''] = operation.split(' ');
    const responses = doc.paths[path]?.[method.toLowerCase()]?.responses ?? {};
    expect(Object.keys(responses)).toEqual(statuses);
    for (const status of statuses.filter((s) => s !== '200')) {
      expect(JSON.stringify(responses[status])).toContain('#/components/schemas/Error');
    }
  });

  it('references named component schemas and resolves every $ref', () => {
    const text = JSON.stringify(doc);
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(refs.length).toBeGreaterThan(20);
    for (const name of refs) expect(doc.components.schemas, name).toHaveProperty(name as string);
    expect(text).not.toContain('"$schema"');
  });

  it('lists required fields and tolerates extra ones in responses', () => {
    const referral = doc.components.schemas.Referral;
    expect(referral?.required).toEqual(['code', 'url', 'offer']);
    expect(referral).not.toHaveProperty('additionalProperties');
    expect(doc.paths['/v1/referrals/{code}']?.get?.responses).toHaveProperty('404');
  });

  it('matches the committed openapi.json (run `pnpm --filter @grapevine/adapter openapi`)', () => {
    expect(committed).toEqual(doc);
  });
});
