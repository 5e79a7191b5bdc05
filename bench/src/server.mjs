// The one local origin every variant loads from: the host page, the variants' scripts,
// PostHog's mocked API under /ph and Grapevine's mocked contract under /gv. Nothing leaves
// 127.0.0.1. Every served script is logged, so each run can report what it downloaded.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { grapevineApiRoute } from './grapevine-api.mjs';
import { hostPage } from './host-page.mjs';
import { posthogRoute } from './posthog-mock.mjs';

const types = { js: 'text/javascript; charset=utf-8', json: 'application/json; charset=utf-8' };

/**
 * Starts the server. `variants` maps an id to a variant (see variants/*.mjs); `assets` maps
 * a URL path under /assets/ to a file on disk.
 */
export async function startServer({ variants, assets }) {
  const served = [];
  const unknown = new Set();
  let origin = '';
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors()).end();
      return;
    }
    let body = '';
    for await (const chunk of request) body += chunk;
    const answer = route(url, body, { variants, assets, origin });
    if (!answer) {
      unknown.add(`${request.method} ${url.pathname}`);
      response.writeHead(404, cors()).end();
      return;
    }
    if (answer.status === 204) {
      response.writeHead(204, cors()).end();
      return;
    }
    let payload;
    try {
      payload = answer.file ? readFileSync(answer.file) : Buffer.from(answer.text);
    } catch (error) {
      // A file can vanish mid-benchmark (the widget's build starts with `rm -rf dist`):
      // answer 500 so that run fails visibly instead of the whole process crashing.
      unknown.add(
        `${request.method} ${url.pathname} (${error instanceof Error ? error.message : error})`,
      );
      response.writeHead(500, cors()).end();
      return;
    }
    if (answer.type === 'js') {
      served.push({ path: url.pathname, file: answer.file, bytes: payload.length });
    }
    response.writeHead(answer.status ?? 200, {
      ...cors(),
      'content-type': answer.type === 'html' ? 'text/html; charset=utf-8' : types[answer.type],
      'cache-control': 'no-store',
    });
    response.end(payload);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    /** Scripts served since the last call, then forgets them. */
    takeServedScripts: () => served.splice(0),
    unknownPaths: () => [...unknown],
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// Requests from a survey or widget may carry credentials or custom headers; answer the
// preflight permissively, as the real services do for their own snippets.
function cors() {
  return {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
  };
}

function route(url, body, { variants, assets, origin }) {
  const { pathname } = url;
  if (pathname.startsWith('/host/')) {
    const variant = variants[pathname.slice('/host/'.length)];
    return variant ? { type: 'html', text: hostPage(variant, origin) } : undefined;
  }
  if (pathname.startsWith('/assets/')) {
    const file = assets[pathname.slice('/assets/'.length)];
    return file ? { type: 'js', file } : undefined;
  }
  for (const [prefix, handler] of [
    ['/ph', posthogRoute],
    ['/gv', grapevineApiRoute],
  ]) {
    if (!pathname.startsWith(`${prefix}/`)) continue;
    const answer = handler(pathname.slice(prefix.length), url, body);
    if (!answer) return undefined;
    if (answer.file) return { type: 'js', file: answer.file };
    if (answer.js !== undefined) return { type: 'js', text: answer.js };
    if (answer.status === 204) return answer;
    return { type: 'json', text: JSON.stringify(answer.json), status: answer.status };
  }
  if (pathname === '/favicon.ico') return { status: 204 };
  return undefined;
}
