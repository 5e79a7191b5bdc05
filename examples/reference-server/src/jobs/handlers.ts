import type { ServerContext } from '../context.js';
import type { JobHandlers } from './runner.js';

/**
 * Every job kind this server runs, wired to its services. Provider calls use `fetchImpl`.
 */
export function jobHandlers(_ctx: ServerContext, _fetchImpl: typeof fetch): JobHandlers {
  return {};
}
