import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server as NetServer } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { answerClientError } from './http/client-error.js';
import type { AppEnv } from './http/env.js';

// How long a draining server waits with no request in flight before closing idle sockets.
const QUIET_MS = 250;

/** A listening HTTP server. */
export interface Listening {
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  url: string;
  port: number;
  /** Requests received and not yet answered. */
  inFlight(): number;
  /**
   * Graceful stop: no new connections; requests already received (and ones arriving on open
   * keep-alive connections) are answered with `Connection: close`; after `graceMs` whatever is
   * left is cut. Resolves when every connection is closed, with the number of requests cut.
   */
  drain(graceMs: number): Promise<{ forced: number }>;
  /** Immediate stop: closes every connection, in-flight requests included (tests). */
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
    const active = new Set<ServerResponse>();
    let draining = false;
    const idleWaiters: (() => void)[] = [];
    const server = serve(
      { fetch: app.fetch, hostname: options.host, port: options.port },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          inFlight: () => active.size,
          drain: (graceMs) =>
            new Promise((done) => {
              draining = true;
              for (const response of active)
                if (!response.headersSent) response.setHeader('Connection', 'close');
              let forced = 0;
              const timer = setTimeout(() => {
                forced = active.size;
                if ('closeAllConnections' in server) server.closeAllConnections();
              }, graceMs);
              // net.Server#close stops accepting but, unlike http.Server#close, keeps idle
              // keep-alive sockets: a request already on its way is answered, not reset.
              NetServer.prototype.close.call(server, () => {
                clearTimeout(timer);
                done({ forced });
              });
              // Idle keep-alive sockets close once nothing has arrived for a quiet moment: a
              // request already sent but not yet read (the event loop was busy) is served first.
              const closeIdleWhenQuiet = () => {
                if (active.size > 0) return void idleWaiters.push(closeIdleWhenQuiet);
                setTimeout(() => {
                  if (active.size > 0) return void idleWaiters.push(closeIdleWhenQuiet);
                  if ('closeIdleConnections' in server) server.closeIdleConnections();
                }, QUIET_MS);
              };
              closeIdleWhenQuiet();
            }),
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.prependListener('request', (_request, response: ServerResponse) => {
      active.add(response);
      if (draining) response.setHeader('Connection', 'close');
      response.once('close', () => {
        active.delete(response);
        if (active.size === 0) for (const wake of idleWaiters.splice(0)) wake();
      });
    });
    server.once('error', reject);
    // Oversized headers (431) and unparsable requests get a JSON error body too.
    server.on('clientError', answerClientError);
  });
}
