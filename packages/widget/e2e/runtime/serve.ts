// A tiny origin for the end-to-end specs: the built script-tag files under /cdn/v1/ (so
// chunk URLs must resolve next to the script, not the page), test pages with any headers,
// and a fake contract-v1 backend under /api that records the events it receives.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';

const widget = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(widget, 'dist');

/**
 * Builds the widget unless `pnpm test` already did, and returns a private copy of `dist`, so
 * a rebuild elsewhere in the working tree (which empties `dist`) cannot break a running spec.
 */
export function builtCopy(): string {
  if (!existsSync(join(dist, 'grapevine.js')) || !existsSync(join(dist, 'grapevine-ui-nps.js'))) {
    execFileSync('pnpm', ['run', 'build'], { cwd: widget, stdio: 'inherit' });
  }
  const copy = mkdtempSync(join(tmpdir(), 'grapevine-e2e-'));
  cpSync(dist, copy, { recursive: true, filter: (path) => !path.endsWith('.map') });
  return copy;
}

export interface Page {
  html: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  origin: string;
  /** Events the backend received, in order. */
  events: Array<Record<string, unknown>>;
  /** Serves `page` at `path` (e.g. `/shop/thanks`). */
  page(path: string, page: Page): void;
  /** Serves a script file. */
  script(path: string, source: string, headers?: Record<string, string>): void;
  /** Delays every backend answer by this many ms. */
  backendDelay: number;
  /** Makes every backend answer an HTML error page with status 200. */
  backendGarbage: boolean;
  /**
   * When set, `POST /v1/referrals` answers 401 unless the advocate is signed (by `/sign`)
   * after this moment (ms): unsigned visitors and expired signatures are refused, as on a
   * site without unsigned referrals.
   */
  signedAfter: number | undefined;
  /** How often `/sign?at=<ms>` (the shop's signing endpoint) was asked. */
  readonly signs: number;
  /** The status of every `POST /v1/events` answer, in order. */
  eventStatuses: number[];
  close(): Promise<void>;
}

export async function startServer(files = builtCopy()): Promise<TestServer> {
  const pages = new Map<string, { body: string; type: string; headers: Record<string, string> }>();
  const events: Array<Record<string, unknown>> = [];
  let server: Server | undefined;
  const state = {
    backendDelay: 0,
    backendGarbage: false,
    signedAfter: undefined as number | undefined,
    signs: 0,
  };
  const eventStatuses: number[] = [];

  const api = async (method: string, path: string, body: string): Promise<[number, unknown]> => {
    await new Promise((resolve) => setTimeout(resolve, state.backendDelay));
    if (method === 'POST' && path === '/v1/events') {
      const batch = JSON.parse(body) as { events: Array<Record<string, unknown>> };
      // A body a polluted page broke (a quoted list) is refused as the real server does.
      if (!Array.isArray(batch.events)) {
        eventStatuses.push(400);
        return [400, { error: { code: 'invalid-request', message: 'events: expected array' } }];
      }
      eventStatuses.push(200);
      const known = new Set(events.map((event) => event.id));
      const accepted: string[] = [];
      const duplicates: string[] = [];
      for (const event of batch.events) {
        if (known.has(event.id)) duplicates.push(String(event.id));
        else {
          events.push(event);
          accepted.push(String(event.id));
        }
      }
      return [200, { accepted, duplicates }];
    }
    if (method === 'POST' && path === '/v1/referrals') {
      const { advocate } = JSON.parse(body) as { advocate?: Record<string, unknown> };
      const signedAt = Number(advocate?.signedAt);
      const signed = advocate?.signature === 'signed' && signedAt > (state.signedAfter ?? 0);
      if (state.signedAfter !== undefined && !signed) {
        return [401, { error: { code: 'unauthorized', message: 'sign the advocate' } }];
      }
      return [
        200,
        {
          code: 'ANNA-7K2',
          url: 'https://shop.example/?ref=ANNA-7K2',
          offer: {
            friend: { kind: 'percent', value: 20 },
            advocate: { kind: 'percent', value: 20 },
          },
        },
      ];
    }
    if (method === 'GET' && path === '/v1/advocates/me/stats') {
      const stats = {
        clicks: 12,
        claims: 3,
        conversions: 2,
        rewardsEarned: 20,
        rewardsPending: 10,
      };
      return [200, { ...stats, currency: 'EUR' }];
    }
    return [404, { error: { code: 'not-found', message: path } }];
  };

  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      void (async () => {
        if (url.pathname.startsWith('/api/') && state.backendGarbage) {
          response.writeHead(200, { 'content-type': 'text/html' });
          response.end('<html><body>Bad gateway</body></html>');
          return;
        }
        if (url.pathname === '/sign') {
          // The shop's own signing endpoint: signs the customer at the page's time.
          state.signs += 1;
          const signedAt = Number(url.searchParams.get('at'));
          const customer = { id: 'c-9', email: 'sam@example.com', signature: 'signed', signedAt };
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(customer));
          return;
        }
        if (url.pathname.startsWith('/api/')) {
          const [status, json] = await api(request.method ?? 'GET', url.pathname.slice(4), body);
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(json));
          return;
        }
        if (url.pathname.startsWith('/cdn/v1/')) {
          const file = normalize(join(files, url.pathname.slice('/cdn/v1/'.length)));
          if (file.startsWith(files) && existsSync(file)) {
            response.writeHead(200, { 'content-type': 'text/javascript' });
            response.end(readFileSync(file));
            return;
          }
        }
        const page = pages.get(url.pathname);
        if (!page) {
          response.writeHead(404).end();
          return;
        }
        response.writeHead(200, { 'content-type': page.type, ...page.headers });
        response.end(page.body);
      })();
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    events,
    page(path, page) {
      pages.set(path, { body: page.html, type: 'text/html', headers: page.headers ?? {} });
    },
    script(path, source, headers = {}) {
      pages.set(path, { body: source, type: 'text/javascript', headers });
    },
    get backendDelay() {
      return state.backendDelay;
    },
    set backendDelay(ms: number) {
      state.backendDelay = ms;
    },
    get backendGarbage() {
      return state.backendGarbage;
    },
    set backendGarbage(on: boolean) {
      state.backendGarbage = on;
    },
    get signedAfter() {
      return state.signedAfter;
    },
    set signedAfter(at: number | undefined) {
      state.signedAfter = at;
    },
    get signs() {
      return state.signs;
    },
    eventStatuses,
    close: () => new Promise<void>((resolve) => server?.close(() => resolve())),
  };
}

/** Counts errors the page throws, before any page script runs. */
export const ERROR_COUNTER = `
  window.__errors = [];
  window.__cspViolations = [];
  window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
`;

/** One server for a spec file: started before its tests, closed after them. */
export function serverForFile(): { readonly server: TestServer } {
  let started: TestServer | undefined;
  test.beforeAll(async () => {
    started = await startServer();
  });
  test.afterAll(async () => {
    await started?.close();
  });
  return {
    get server() {
      if (!started) throw new Error('the spec server has not started');
      return started;
    },
  };
}
