import { httpFailure, ProviderError } from './errors.js';

/** How long one provider request may take before it is abandoned (and retried later). */
export const PROVIDER_TIMEOUT_MS = 15_000;

/** What {@link requestJson} needs besides the request. */
export interface ProviderHttp {
  provider: string;
  fetch: typeof fetch;
  now: () => number;
  /** @default PROVIDER_TIMEOUT_MS */
  timeoutMs?: number;
}

/**
 * One JSON request to a provider. Resolves with the parsed body of a 2xx answer; throws a
 * {@link ProviderError}: temporary for timeouts, network errors, 429 and 5xx (with the
 * provider's `Retry-After`), permanent for other 4xx. `describe` turns an error body into
 * the message stored on the job (never the request's credentials).
 */
export async function requestJson(
  http: ProviderHttp,
  url: string,
  init: RequestInit,
  describe: (body: unknown, text: string) => string = (_, text) => text.slice(0, 300),
): Promise<unknown> {
  let response: Response;
  try {
    response = await http.fetch(url, {
      ...init,
      signal: AbortSignal.timeout(http.timeoutMs ?? PROVIDER_TIMEOUT_MS),
    });
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new ProviderError(http.provider, `request failed (${reason})`, { cause: error });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    throw httpFailure(
      http.provider,
      response.status,
      describe(body, text),
      response.headers.get('retry-after'),
      http.now(),
    );
  }
  if (body === undefined) {
    throw new ProviderError(http.provider, `HTTP ${response.status} with a body that is not JSON`);
  }
  return body;
}
