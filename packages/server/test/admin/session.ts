// A dashboard session as a browser holds it: Basic credentials, the session cookie and the
// CSRF token read from a rendered form.
import { expect } from 'vitest';
import { ADMIN_TOKEN } from '../helpers/harness.js';

export const basicAuth = (user = 'ops') =>
  `Basic ${Buffer.from(`${user}:${ADMIN_TOKEN}`).toString('base64')}`;

export interface AdminSession {
  cookie: string;
  token: string;
  /** GETs a dashboard page as this browser. */
  get(path: string): Promise<Response>;
  /** POSTs a form as this browser (same origin, with the token unless `fields` sets csrf). */
  post(
    path: string,
    fields?: Record<string, string>,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** POSTs a multipart form (a file upload) as this browser, with the token. */
  upload(path: string, form: FormData, headers?: Record<string, string>): Promise<Response>;
}

/** Opens `page` (any dashboard page with a form) and keeps what a browser would. */
export async function adminSession(baseUrl: string, page: string): Promise<AdminSession> {
  const first = await fetch(`${baseUrl}${page}`, { headers: { authorization: basicAuth() } });
  expect(first.status).toBe(200);
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const token = /name="csrf" value="([^"]+)"/.exec(await first.text())?.[1] ?? '';
  expect(token, `a form with a CSRF token on ${page}`).not.toBe('');
  const browser = (headers: Record<string, string>) => ({
    authorization: basicAuth(),
    cookie,
    origin: baseUrl,
    'sec-fetch-site': 'same-origin',
    ...headers,
  });
  return {
    cookie,
    token,
    get: (path) => fetch(`${baseUrl}${path}`, { headers: { authorization: basicAuth(), cookie } }),
    post: (path, fields = {}, headers = {}) =>
      fetch(`${baseUrl}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: browser({ 'content-type': 'application/x-www-form-urlencoded', ...headers }),
        body: new URLSearchParams({ csrf: token, ...fields }),
      }),
    upload: (path, form, headers = {}) => {
      if (!form.has('csrf')) form.set('csrf', token);
      return fetch(`${baseUrl}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: browser(headers),
        body: form,
      });
    },
  };
}
