import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { answerClientError } from './http/client-error.js';
import type { AppEnv } from './http/env.js';

/** A listening HTTP server. */
export interface Listening {
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the app on Node's HTTP server.
 * @example const { url, close } = await listen(app, { host: '127.0.0.1', port: 0 });
 */
export function listen(
  app: Hono<AppEnv>,
  options: { host: string; port: number },
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: options.host, port: options.port },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
    // Oversized headers (431) and unparsable requests get a JSON error body too.
    server.on('clientError', answerClientError);
  });
}
