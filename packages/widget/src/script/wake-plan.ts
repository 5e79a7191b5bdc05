// The wake plan: what the rules chunk leaves for the next page view's loader, so a page view
// on which nothing can change downloads the loader alone. Derived from each decision's
// explanations; the loader wakes the rules when the plan says page views matter, when its
// time is up, or when anything it did not foresee happens (commands, `?ref=`, debug, …).
import type {
  Campaign,
  Condition,
  Config,
  Decision,
  Explanation,
  GateResult,
} from '@grapevine/core';

/** What the loader reads back (short keys: it is parsed on every page view). */
export interface WakePlan {
  v: 1;
  /** The config and options it was made for (see the loader's `planKey`). */
  k: string;
  /** The rules must run again from then on (ms since the epoch); absent: no time limit. */
  u?: number;
  /** Page views matter: the rules run on every page view. */
  p?: 1;
  /** Identity matters: `identify()` with another advocate or traits wakes the rules. */
  i?: 1;
  /** Fingerprint of this page's `identify()` calls when the plan was made. */
  w: string;
  /** A prompt is near (a trigger is armed): warm the prompt and UI chunks at idle. */
  h?: 1;
  /** The kinds of the near prompts (with `h`): the UI bundles warmed then. */
  n?: PromptKind[];
  /** The kinds a purchase can show: their UI bundles load beside the rules on a purchase. */
  b?: PromptKind[];
}

type PromptKind = Campaign['kind'];

/** Failures no page view can lift: only a command, a new config or consent can. */
const STABLE = new Set([
  'KILL_SWITCH',
  'CONSENT_DENIED',
  'CONSENT_PENDING',
  'GLOBAL_OPT_OUT',
  'OPTED_OUT',
  'ENDED',
  'REQUIRES_UNMET',
  'NO_TRIGGER',
  'TRIGGER_EXPIRED',
  'ALREADY_SHOWN',
  'SHOWN_FOR_TRIGGER',
  'ALREADY_RESPONDED',
  'MAX_IMPRESSIONS',
  'NOT_SAMPLED',
]);

/** Triggers computed from the page or watched by page sensors: every page view can fire them. */
const PAGE_TRIGGERS = new Set([
  'pageview',
  'pageview-count',
  'session-start',
  'time-on-page',
  'scroll-depth',
  'exit-intent',
  'idle',
  'element-visible',
]);

/** Whether a condition reads the page (URL, device, locale) rather than only traits. */
export function readsPage(condition: Condition | undefined): boolean {
  if (!condition) return false;
  if ('url' in condition || 'device' in condition || 'locale' in condition) return true;
  if ('not' in condition) return readsPage(condition.not);
  const parts = 'all' in condition ? condition.all : 'any' in condition ? condition.any : [];
  return parts.some(readsPage);
}

type Ending = 'stable' | 'timed' | 'page';

/** How one failing gate can end: never by itself (stable), at `until`, or on another page. */
function endingOf(gate: GateResult, campaign: Campaign, pageTriggered: boolean): Ending {
  // A page-level trigger can fire on any page view, whatever its gate says now, and each
  // page view is a new occurrence for `oncePerTrigger`.
  if (pageTriggered && (gate.gate === 'trigger' || gate.reason === 'SHOWN_FOR_TRIGGER')) {
    return 'page';
  }
  if (gate.reason === 'AUDIENCE_MISMATCH') return readsPage(campaign.audience) ? 'page' : 'stable';
  if (gate.until === undefined && STABLE.has(gate.reason ?? '')) return 'stable';
  // A delay restarts on every page; anything else with an end ends by itself.
  if (gate.until !== undefined && gate.gate !== 'delay') return 'timed';
  return 'page';
}

export interface PlanInput {
  config: Config;
  decision: Decision;
  key: string;
  who: string;
  /** When the config itself must be fetched again (a remote config's TTL). */
  configExpiresAt?: number | undefined;
}

/**
 * The plan for a decision. A campaign is asleep when one of its failures is stable; a live
 * campaign makes page views matter when it has a page trigger, is eligible, or waits on a
 * failure that another page could lift; otherwise it ends at its `eligibleAt`.
 * @example planFor({ config, decision, key, who: '' }) // { v: 1, k, w: '', u: 1764… }
 */
export function planFor(input: PlanInput): WakePlan {
  const { config, decision } = input;
  const plan: WakePlan = { v: 1, k: input.key, w: input.who };
  const near = new Set<PromptKind>();
  const bought = new Set<PromptKind>();
  let until = Math.min(decision.nextCheckAt ?? Infinity, input.configExpiresAt ?? Infinity);
  if (decision.action !== 'none') {
    plan.p = plan.h = 1;
    if (decision.campaign) near.add(decision.campaign.kind);
  }
  decision.explanations.forEach((explanation: Explanation) => {
    const campaign = config.campaigns.find((candidate) => candidate.id === explanation.campaignId);
    if (!campaign) {
      plan.p = 1;
      return;
    }
    const failed = explanation.gates.filter((gate) => !gate.pass);
    if (failed.some((gate) => gate.gate === 'audience')) plan.i = 1;
    // A purchase is a new occurrence of its trigger: only other stable failures keep the
    // campaign from showing after one.
    const purchased = campaign.triggers.some((trigger) => trigger.type === 'purchase');
    const afterPurchase = failed.every(
      (gate) =>
        gate.gate === 'trigger' ||
        gate.reason === 'SHOWN_FOR_TRIGGER' ||
        endingOf(gate, campaign, false) !== 'stable',
    );
    if (purchased && afterPurchase) bought.add(campaign.kind);
    const pageTriggered = campaign.triggers.some((trigger) => PAGE_TRIGGERS.has(trigger.type));
    const endings = failed.map((gate) => endingOf(gate, campaign, pageTriggered));
    if (endings.includes('stable')) return;
    if (pageTriggered || failed.length === 0 || endings.includes('page')) {
      plan.p = 1;
      // Waiting only for its trigger (or delay) on this page: a prompt is near.
      if (
        pageTriggered &&
        failed.every((gate) => gate.gate === 'trigger' || gate.gate === 'delay')
      ) {
        plan.h = 1;
        near.add(campaign.kind);
      }
      return;
    }
    until = Math.min(until, explanation.eligibleAt ?? -Infinity);
  });
  if (until !== Infinity) plan.u = Number.isFinite(until) ? until : 0;
  if (near.size > 0) plan.n = [...near];
  if (bought.size > 0) plan.b = [...bought];
  return plan;
}
