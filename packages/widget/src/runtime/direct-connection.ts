// The npm entry's connection: the host's own backend, sent to directly. Events the backend
// does not acknowledge stay in the runtime's stored queue and are retried on the next flush
// (a new event, `online`, the page being hidden, the next page view).
import type { Backend } from '@grapevine/core';
import type { Connection } from './delivery.js';

/** The contract's batch limit. */
const BATCH = 100;

export function directConnection(backend: Backend | undefined): Promise<Connection> {
  if (!backend) {
    return Promise.reject(
      new Error('Grapevine: no backend; pass createGrapevine({ backend }). Events stay queued.'),
    );
  }
  return Promise.resolve({
    backend,
    async deliver(events) {
      const done: string[] = [];
      for (let start = 0; start < events.length; start += BATCH) {
        const result = await backend.send(events.slice(start, start + BATCH));
        if (!Array.isArray(result?.accepted) || !Array.isArray(result.duplicates)) {
          throw new TypeError('backend.send() must resolve with { accepted, duplicates }');
        }
        done.push(...result.accepted, ...result.duplicates);
      }
      return done;
    },
  });
}
