import { vi } from 'vitest';

/** One scripted answer: a Response, an error to throw, or `'hang'` (never answers until aborted). */
export type Answer = Response | Error | 'hang' | (() => Response);

/**
 * An injected `fetch` that answers from a script, in order, and records every request.
 * A hanging answer rejects when the request's signal aborts, like a real fetch. Requests are
 * recorded as clones, so tests can read their bodies.
 */
export function fakeFetch(...answers: Answer[]) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const answer = answers.shift();
    if (answer === undefined)
      throw new Error(`unexpected request ${request.method} ${request.url}`);
    if (answer === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
    }
    // A refused connection never reads the body; a server that answers has read it.
    if (answer instanceof Error) throw answer;
    await request.arrayBuffer();
    return typeof answer === 'function' ? answer() : answer;
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests, calls: fetch };
}
