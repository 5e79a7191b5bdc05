// Keeps this browser's ledger in step with the signed customer's ledger on the server, so the
// rules hold across channels and devices (an emailed survey counts as an impression, an email
// answer ends "until responded", an email unsubscribe stops the pop-ups too). Only a signed
// identity asks; the code that fetches, checks and merges loads with the backend connection.
import type { Advocate, Config, Consent, Explanation, Snapshot } from '@grapevine/core';
import { decide, explain } from '@grapevine/core';
import type { Store } from '../storage/store.js';
import type { Delivery } from './delivery.js';
import { withTimeout } from './guards.js';
import type { Identity } from './handle.js';
import { LIMITS, type PersistedState } from './state.js';

export interface LedgerSync {
  /** A fetch is under way: prompts wait for it (at most the `timeout`). */
  readonly pending: boolean;
  /**
   * Fetches and merges the ledger of a signed identity once consent is granted (the request
   * names this browser to the server); an unsigned one, or one without consent, asks nothing.
   */
  start(identity: Identity | undefined, consent: Consent): void;
  /**
   * `explain()`'s answer for one campaign (none when unknown) or, without an id, every one,
   * with the email entries behind failing gates named once the server's ledger code is loaded.
   */
  explain(config: Config, snapshot: Snapshot, id?: string): Explanation[];
}

export function ledgerSync(deps: {
  delivery: Pick<Delivery, 'connection'>;
  store: Store<PersistedState>;
  /** How long prompts wait for the server, in ms. */
  timeout: number;
  /** The fetch settled (merged, failed or timed out): decide again. */
  settled(): void;
}): LedgerSync {
  let pending: Promise<unknown> | undefined;
  let lazy: typeof import('./server-ledger.js') | undefined;

  return {
    get pending() {
      return pending !== undefined;
    },
    start(identity, consent) {
      const { traits: _traits, ...advocate } = identity ?? {};
      if (!advocate.signature || consent !== 'granted') return;
      const run: Promise<unknown> = withTimeout(
        deps.delivery.connection().then(async (connection) => {
          const load = connection?.serverLedger;
          const backend = connection?.backend;
          if (!backend?.ledger || !load) return;
          const [module, answer] = await Promise.all([
            load(),
            backend.ledger(advocate as Advocate, { visitorId: deps.store.read().visitorId }),
          ]);
          lazy = module;
          module.mergeAnswer(deps.store, answer, LIMITS.ledger, Date.now());
        }),
        deps.timeout,
      )
        .catch((error: unknown) => {
          // The rules go on with this browser's own ledger.
          console.warn("Grapevine: the customer's ledger could not be fetched", error);
        })
        .finally(() => {
          if (pending !== run) return;
          pending = undefined;
          deps.settled();
        });
      pending = run;
    },
    explain(config, snapshot, id) {
      const found =
        id === undefined ? decide(config, snapshot).explanations : [explain(config, snapshot, id)];
      const explanations = found.filter((explanation) => explanation !== undefined);
      return lazy ? lazy.describeChannels(explanations, snapshot.ledger) : explanations;
    },
  };
}
