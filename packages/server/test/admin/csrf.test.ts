import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminAuth } from '../../src/admin/auth.js';
import { csrfProtection, SESSION_COOKIE } from '../../src/admin/csrf.js';
import type { AdminEnv } from '../../src/admin/env.js';

const TOKEN = 'admin-token-for-csrf-tests-0123';
const ORIGIN = 'http://dash.test';
const basic = `Basic ${Buffer.from(`ops:${TOKEN}`).toString('base64')}`;

/** A dashboard in miniature: the real auth and CSRF middleware, one page, one action. */
function dashboard(adminToken = TOKEN) {
  const app = new Hono<AdminEnv>();
  let changes = 0;
  app.use('/admin/*', adminAuth(adminToken), csrfProtection(adminToken));
  app.get('/admin/page', (c) => c.text(c.var.csrfToken));
  app.post('/admin/act', (c) => {
    changes += 1;
    return c.text('done');
  });
  return { app, changes: () => changes };
}

interface Session {
  cookie: string;
  token: string;
}

async function openPage(app: Hono<AdminEnv>): Promise<Session> {
  const response = await app.request(`${ORIGIN}/admin/page`, {
    headers: { authorization: basic, host: 'dash.test' },
  });
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0] ?? '', token: await response.text() };
}

function post(
  app: Hono<AdminEnv>,
  headers: Record<string, string>,
  body: URLSearchParams | FormData | string = '',
) {
  return app.request(`${ORIGIN}/admin/act`, {
    method: 'POST',
    headers: { authorization: basic, host: 'dash.test', ...headers },
    body,
  });
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('csrfProtection', () => {
  let session: Session;
  let app: ReturnType<typeof dashboard>;
  beforeAll(async () => {
    app = dashboard();
    session = await openPage(app.app);
  });

  it('gives the browser an HttpOnly, SameSite=Strict session cookie scoped to /admin', async () => {
    const response = await app.app.request(`${ORIGIN}/admin/page`, {
      headers: { authorization: basic, host: 'dash.test' },
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/admin');
    expect(cookie).not.toContain('Secure'); // plain http here; https adds it
  });

  it('keeps the session of a browser that has one', async () => {
    const response = await app.app.request(`${ORIGIN}/admin/page`, {
      headers: { authorization: basic, host: 'dash.test', cookie: session.cookie },
    });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toBe(session.token);
  });

  it('accepts a same-origin form with the session token', async () => {
    const before = app.changes();
    const response = await post(
      app.app,
      { cookie: session.cookie, origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
      form({ csrf: session.token }),
    );
    expect(response.status).toBe(200);
    expect(app.changes()).toBe(before + 1);
  });

  it('accepts the token in a multipart form (the coupon upload) and in X-CSRF-Token', async () => {
    const multipart = new FormData();
    multipart.set('csrf', session.token);
    multipart.set('file', new Blob(['CODE1\n']), 'codes.csv');
    expect(
      (await post(app.app, { cookie: session.cookie, origin: ORIGIN }, multipart)).status,
    ).toBe(200);
    expect(
      (await post(app.app, { cookie: session.cookie, 'x-csrf-token': session.token })).status,
    ).toBe(200);
  });

  it.each([
    ['a cross-site POST (Sec-Fetch-Site)', { 'sec-fetch-site': 'cross-site' }, 'cross-site'],
    ['a same-site POST from a sibling host', { 'sec-fetch-site': 'same-site' }, 'cross-site'],
    ['a POST from another Origin', { origin: 'https://evil.example' }, 'cross-site'],
    ['a POST whose Origin is null (sandboxed frame)', { origin: 'null' }, 'cross-site'],
  ])('refuses %s even with a valid token', async (_label, headers, code) => {
    const before = app.changes();
    const response = await post(
      app.app,
      { cookie: session.cookie, ...headers },
      form({ csrf: session.token }),
    );
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe(code);
    expect(app.changes()).toBe(before);
  });

  const withCookie = (): Record<string, string> => ({ cookie: session.cookie });
  const validForm = () => form({ csrf: session.token });
  it.each<[string, () => Record<string, string>, () => URLSearchParams | string]>([
    ['no token', withCookie, () => form({})],
    ['an empty token', withCookie, () => form({ csrf: '' })],
    ['a forged token', withCookie, () => form({ csrf: 'A'.repeat(43) })],
    ['a token without its session cookie', () => ({}), validForm],
    [
      'the token of another session',
      () => ({ cookie: `${SESSION_COOKIE}=${'B'.repeat(43)}` }),
      validForm,
    ],
    [
      'a token in a JSON body (not a form)',
      () => ({ ...withCookie(), 'content-type': 'application/json' }),
      () => JSON.stringify({ csrf: session.token }),
    ],
  ])('refuses %s', async (_label, headers, body) => {
    const before = app.changes();
    const response = await post(app.app, { origin: ORIGIN, ...headers() }, body());
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('csrf');
    expect(app.changes()).toBe(before);
  });

  it('refuses a token signed under another admin token', async () => {
    const other = dashboard('another-admin-token-0123456789');
    const foreign = await openPage(other.app);
    const response = await post(
      app.app,
      { cookie: foreign.cookie, origin: ORIGIN },
      form({ csrf: foreign.token }),
    );
    expect(response.status).toBe(403);
  });

  it('lets a script with the bearer token act without a form token (no ambient credential)', async () => {
    const before = app.changes();
    const response = await post(app.app, { authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
    expect(app.changes()).toBe(before + 1);
  });

  it('checks the admin token before anything else', async () => {
    const response = await post(
      app.app,
      { authorization: 'Bearer wrong', cookie: session.cookie },
      form({ csrf: session.token }),
    );
    expect(response.status).toBe(401);
  });
});
