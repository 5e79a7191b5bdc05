// Outcomes of a prompt (from the UI's callbacks or the headless handle): each is written to
// the ledger (what core reads next time), stored as an event for the backend, and announced
// to the host page. One code path for both, so headless shops count exactly like ours.
import type {
  Claim,
  GrapevineEvent,
  LedgerEntry,
  LedgerEntryType,
  NpsSegment,
  ShareChannel,
} from '@grapevine/core';
import { cutText, record, segment } from '@grapevine/core';
import type { Store } from '../storage/store.js';
import type { Delivery } from './delivery.js';
import type { Emitter } from './emitter.js';
import type { GrapevineEvents, PromptDetail, ShowDetail } from './events.js';
import { randomId } from './ids.js';
import type { PromptStep } from './observable-state.js';
import type { PersistedState } from './state.js';

/** The prompt an outcome belongs to. */
export interface PromptRef extends PromptDetail {
  triggerKey?: string;
  /** Referral code of the advocate's link, once known. */
  code?: string;
  /** The NPS answer's event, held until its comment arrives or the prompt closes. */
  answerEventId?: string;
  /** NPS kind for the answer event. */
  npsKind: 'transactional' | 'relational';
  /** Snooze length from the campaign's frequency, in ms. */
  snoozeFor: number;
  /** The impression is counted (once per prompt). */
  impressed?: boolean;
  /** Friend offers: the captured referral code the friend claims with. */
  friendCode?: string;
  /** What `show` announced (a late `on('show')` listener hears it). */
  show?: ShowDetail;
}

export interface RecorderDeps {
  store: Store<PersistedState>;
  delivery: Delivery;
  events: Emitter<GrapevineEvents>;
  now(): number;
  page(): { pageId: string; sessionId: string };
  advocateId(): string | undefined;
  /** The open prompt's step moved (the presenter's observable state); panels have none. */
  step?(prompt: PromptRef, step: PromptStep): void;
}

export type Recorder = ReturnType<typeof createRecorder>;

export function createRecorder(deps: RecorderDeps) {
  const note = (prompt: PromptRef, type: LedgerEntryType, extra: Partial<LedgerEntry> = {}) => {
    const entry: LedgerEntry = {
      id: randomId(),
      type,
      at: deps.now(),
      campaignId: prompt.campaignId,
      variantId: prompt.variantId,
      ...deps.page(),
      ...extra,
    };
    deps.store.update((state) => ({ ...state, ledger: [...record(state.ledger, entry)] }));
    return entry;
  };

  type PromptEventType = Exclude<GrapevineEvent['type'], 'purchase' | 'referral-captured'>;
  const send = (
    prompt: PromptRef,
    type: PromptEventType,
    extra: Record<string, unknown> = {},
    hold = false,
  ): string => {
    const advocateId = deps.advocateId();
    const event = {
      id: randomId(),
      at: deps.now(),
      visitorId: deps.store.read().visitorId,
      ...(advocateId ? { advocateId } : {}),
      campaignId: prompt.campaignId,
      variantId: prompt.variantId,
      type,
      ...extra,
    } as GrapevineEvent;
    deps.delivery.enqueue(event, hold);
    return event.id;
  };

  const detail = ({ campaignId, variantId, kind }: PromptRef): PromptDetail => ({
    campaignId,
    variantId,
    kind,
  });

  return {
    impression(prompt: PromptRef) {
      note(prompt, 'impression', prompt.triggerKey ? { triggerKey: prompt.triggerKey } : {});
      send(prompt, 'impression');
      deps.step?.(prompt, 'shown');
      deps.events.emit('shown', detail(prompt));
    },
    dismiss(prompt: PromptRef) {
      note(prompt, 'dismiss');
      send(prompt, 'dismiss');
      deps.events.emit('dismissed', detail(prompt));
    },
    snooze(prompt: PromptRef) {
      const until = deps.now() + prompt.snoozeFor;
      note(prompt, 'snooze', { until });
      send(prompt, 'snooze', { until });
      deps.events.emit('snoozed', { ...detail(prompt), until });
    },
    optOut(prompt: PromptRef) {
      note(prompt, 'opt-out');
      send(prompt, 'opt-out');
      deps.events.emit('opted-out', detail(prompt));
    },
    answer(prompt: PromptRef, score: number): NpsSegment {
      const npsSegment = segment(score);
      note(prompt, 'nps', { score });
      const fields = { score, segment: npsSegment, kind: prompt.npsKind };
      prompt.answerEventId = send(prompt, 'nps-answer', fields, true);
      deps.step?.(prompt, 'answered');
      deps.events.emit('nps-answered', { ...detail(prompt), score, segment: npsSegment });
      return npsSegment;
    },
    /**
     * The NPS answer's comment, one per answer: added to the answer's event while it is still
     * held here, else sent as an `nps-comment` naming the answer (the server amends it).
     * @returns whether there was text to record.
     */
    comment(prompt: PromptRef, comment: string): boolean {
      const answerId = prompt.answerEventId;
      const text = cutText(comment.trim(), 2000);
      if (!answerId || !text) return false;
      const amended = deps.delivery.amend(answerId, (event) => ({ ...event, comment: text }));
      if (!amended) send(prompt, 'nps-comment', { answerId, comment: text });
      deps.step?.(prompt, 'commented');
      void deps.delivery.flush();
      return true;
    },
    share(prompt: PromptRef, channel: ShareChannel) {
      note(prompt, 'share');
      // Without a code there was no link to share; the ledger still counts the response.
      if (prompt.code) send(prompt, 'share', { channel, code: prompt.code });
      deps.step?.(prompt, 'shared');
      deps.events.emit('shared', { ...detail(prompt), channel });
    },
    copy(prompt: PromptRef) {
      note(prompt, 'copy');
      if (prompt.code) send(prompt, 'copy', { code: prompt.code });
      deps.step?.(prompt, 'shared');
      deps.events.emit('copied', detail(prompt));
    },
    claim(prompt: PromptRef, code: string, coupon?: Claim['coupon']) {
      note(prompt, 'claim');
      send(prompt, 'friend-claim', { code });
      deps.step?.(prompt, 'claimed');
      deps.events.emit('friend-claimed', {
        ...detail(prompt),
        code,
        coupon,
      });
    },
  };
}
