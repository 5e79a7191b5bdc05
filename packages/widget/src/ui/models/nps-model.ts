import { cutText, type NpsSegment, segment as segmentOf } from '@grapevine/core';
import { signal } from '@preact/signals-core';

/** The steps of the NPS prompt. */
export type NpsStep = 'score' | 'follow-up' | 'thanks' | 'referral';

/** Most a comment may carry; longer text is cut, not rejected. */
export const MAX_COMMENT = 2000;

export interface NpsModelOptions {
  promoterToReferral: boolean;
  onAnswer(answer: { score: number; segment: NpsSegment }): void;
  onComment(comment: string): void;
}

/**
 * The NPS prompt's state: the score being chosen, the step, the segment.
 * `select` only moves the choice (arrow keys); `commit` records it and moves on.
 * @example const nps = createNpsModel(options); nps.select(9); nps.commit(); nps.step.value // 'follow-up'
 */
export function createNpsModel(options: NpsModelOptions) {
  const score = signal<number | null>(null);
  const step = signal<NpsStep>('score');
  // Derived on each read (a comparison, no memo to keep): read inside the render effect,
  // they track `score` and `step` as well. Not `computed()`: that would bring signals-core's
  // Computed class into the UI bundles for two one-liners.
  const segment = {
    get value(): NpsSegment | null {
      return score.value === null ? null : segmentOf(score.value);
    },
  };
  return {
    score,
    step,
    segment,
    /** The answer has been recorded: closing now is not a dismissal. */
    answered: {
      get value() {
        return step.value !== 'score';
      },
    },
    select(value: number) {
      if (step.value === 'score' && Number.isInteger(value) && value >= 0 && value <= 10) {
        score.value = value;
      }
    },
    commit() {
      const value = score.value;
      const kind = segment.value;
      if (step.value !== 'score' || value === null || kind === null) return;
      options.onAnswer({ score: value, segment: kind });
      step.value = 'follow-up';
    },
    /**
     * Ends the follow-up, with the comment (sent only when not blank) or without (skip):
     * promoters go on to the referral step when `promoterToReferral` is set, others to thanks.
     */
    finish(comment = '') {
      if (step.value !== 'follow-up') return;
      const text = cutText(comment.trim(), MAX_COMMENT);
      if (text) options.onComment(text);
      step.value =
        segment.value === 'promoter' && options.promoterToReferral ? 'referral' : 'thanks';
    },
  };
}

export type NpsModel = ReturnType<typeof createNpsModel>;
