import type { NpsModel } from '../models/nps-model.js';

export interface ScoreScaleProps {
  model: NpsModel;
  dir: 'ltr' | 'rtl';
  lowLabel: string;
  highLabel: string;
}

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * 0–10 as a radio group with a roving tabindex. Arrow keys move the choice (right and left
 * follow the reading direction), Home/End jump to the ends, Enter or Space (or a click)
 * commits it. The end labels describe the first and last radio.
 */
export function ScoreScale({ model, dir, lowLabel, highLabel }: ScoreScaleProps) {
  const chosen = model.score.value;
  const focusable = chosen ?? 0;

  const onKeyDown = (event: KeyboardEvent) => {
    // With nothing chosen yet, the arrows start from 0, where the roving tab stop is.
    const current = model.score.value ?? 0;
    const up = Math.min(10, current + 1);
    const down = Math.max(0, current - 1);
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, number> = {
      [forward]: up,
      ArrowDown: up,
      [back]: down,
      ArrowUp: down,
      Home: 0,
      End: 10,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    model.select(next);
    const group = event.currentTarget as HTMLElement;
    group.querySelector<HTMLElement>(`[data-score="${next}"]`)?.focus();
  };

  return (
    <div>
      <div
        class="scale"
        part="scale"
        role="radiogroup"
        aria-labelledby="gv-title"
        onKeyDown={onKeyDown}
      >
        {SCORES.map((score) => (
          // biome-ignore lint/a11y/useSemanticElements: native radios fire click on arrow keys, and a click here commits the score; arrows must only move the choice
          <button
            key={score}
            type="button"
            role="radio"
            part="score"
            data-score={score}
            aria-checked={chosen === score ? 'true' : 'false'}
            aria-describedby={score === 0 ? 'gv-low' : score === 10 ? 'gv-high' : undefined}
            tabIndex={score === focusable ? 0 : -1}
            onClick={() => {
              model.select(score);
              model.commit();
            }}
          >
            {score}
          </button>
        ))}
      </div>
      <div class="ends" aria-hidden="true">
        <span id="gv-low">{lowLabel}</span>
        <span id="gv-high">{highLabel}</span>
      </div>
    </div>
  );
}
