/**
 * Whether the process is shutting down. Readiness turns 503 and responses ask clients to
 * close their connection, so a load balancer moves traffic away while in-flight requests end.
 */
export interface Lifecycle {
  readonly draining: boolean;
  beginDrain(): void;
}

/** A fresh lifecycle (one per app). */
export function createLifecycle(): Lifecycle {
  let draining = false;
  return {
    get draining() {
      return draining;
    },
    beginDrain() {
      draining = true;
    },
  };
}
