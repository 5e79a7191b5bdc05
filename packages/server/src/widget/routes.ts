import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { errorResponse } from '../http/errors.js';
import type { WidgetAssets, WidgetFile } from './assets.js';

/** A year, the most any cache keeps a file; the versioned path changes instead. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * `GET /widget/<build>/<file>`: the widget's script-tag files, looked up by exact name in the
 * build's list (nothing is read from disk per request, so no path can leave it). Another
 * build's path is a 404: its files, and so their integrity hashes, are not these.
 * Public, credential-free files: any origin may load them (`import()` of a chunk is a CORS
 * request, and so is a script tag with `integrity`).
 */
export function widgetRoutes(assets: WidgetAssets): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Compressed once per file, on its first request (brotli 11 of every file costs seconds).
  const compressed = new Map<string, Uint8Array>();
  const encoded = (file: WidgetFile, encoding: 'br' | 'gzip'): Uint8Array => {
    const key = `${encoding}:${file.name}`;
    let body = compressed.get(key);
    if (!body) {
      body =
        encoding === 'br'
          ? brotliCompressSync(file.body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: file.body.length,
              },
            })
          : gzipSync(file.body, { level: 9 });
      compressed.set(key, body);
    }
    return body;
  };
  app.get('/:build/:file', (c) => {
    const file =
      c.req.param('build') === assets.build ? assets.files.get(c.req.param('file')) : undefined;
    if (!file) return errorResponse(c, 404, 'not-found', 'No such widget file.');
    const etag = `"${file.integrity}"`;
    const headers: Record<string, string> = {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': IMMUTABLE,
      etag,
      vary: 'Accept-Encoding',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'x-content-type-options': 'nosniff',
    };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    const encoding = preferredEncoding(c.req.header('accept-encoding') ?? '');
    if (encoding) headers['content-encoding'] = encoding;
    const body = encoding ? encoded(file, encoding) : file.body;
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  });
  return app;
}

function preferredEncoding(accepted: string): 'br' | 'gzip' | undefined {
  const accepts = (name: string) =>
    accepted.split(',').some((part) => {
      const [token, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return token?.trim() === name && (!q || Number(q.trim().slice(2)) > 0);
    });
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}
