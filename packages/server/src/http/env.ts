import type { Logger } from '../logger.js';
import type { Site } from '../site.js';

/** Per-request values set by middleware, read by handlers (Hono's typed context). */
export interface AppEnv {
  Variables: {
    /** The site named by the request's site key. */
    site: Site;
    /** The client's address, as far as it can be trusted. */
    ip: string;
    /** The caller's `X-Request-Id` when sane, else a fresh UUID; echoed in the response. */
    requestId: string;
    /** The server's logger with this request's id on every line. */
    log: Logger;
  };
}
