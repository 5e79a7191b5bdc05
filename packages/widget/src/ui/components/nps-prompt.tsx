import type { ComponentChildren } from 'preact';
import type { Translator } from '../../i18n/translate.js';
import type { NpsModel, NpsStep } from '../models/nps-model.js';
import { MAX_COMMENT } from '../models/nps-model.js';
import { safeHttpUrl } from '../safe-url.js';
import { CheckIcon } from './icons.js';
import { ScoreScale } from './score-scale.js';

export interface NpsPromptProps {
  model: NpsModel;
  step: NpsStep;
  i18n: Translator;
  brand: string;
  dir: 'ltr' | 'rtl';
  reviewUrl: string | undefined;
  onDone(): void;
  /** The referral step, rendered when a promoter finishes the follow-up. */
  referral: () => ComponentChildren;
}

const FOLLOW_UP = {
  promoter: 'followPromoter',
  passive: 'followPassive',
  detractor: 'followDetractor',
} as const;

/** The NPS prompt: score → follow-up (optional comment) → thanks, or → referral for promoters. */
export function NpsPrompt({
  model,
  step,
  i18n,
  brand,
  dir,
  reviewUrl,
  onDone,
  referral,
}: NpsPromptProps) {
  const { t } = i18n;
  const review = model.segment.value === 'promoter' ? safeHttpUrl(reviewUrl) : undefined;

  if (step === 'referral') return <>{referral()}</>;

  if (step === 'follow-up') {
    const segment = model.segment.value ?? 'passive';
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget as HTMLFormElement;
          model.finish(form.querySelector('textarea')?.value);
        }}
      >
        <h2 id="gv-title">{t(FOLLOW_UP[segment])}</h2>
        <p id="gv-hint" class="hint">
          {t('followHint')}
        </p>
        <textarea
          part="input"
          aria-labelledby="gv-title"
          aria-describedby="gv-hint"
          maxLength={MAX_COMMENT}
          data-autofocus
        />
        <div class="row end">
          <button type="button" class="btn ghost" onClick={() => model.finish()}>
            {t('skip')}
          </button>
          <button type="submit" class="btn primary" part="primary">
            {t('send')}
          </button>
        </div>
      </form>
    );
  }

  if (step === 'thanks') {
    return (
      <>
        <div class="badge" part="badge">
          <CheckIcon size={24} />
        </div>
        <h2 id="gv-title" tabIndex={-1} data-autofocus>
          {t('thanksTitle')}
        </h2>
        <p>{brand ? t('thanksBody', { brand }) : t('thanksBodyNoBrand')}</p>
        <div class="row end">
          {review && (
            <a class="btn ghost" href={review} target="_blank" rel="noopener noreferrer">
              {t('review')}
            </a>
          )}
          <button type="button" class="btn primary" part="primary" onClick={onDone}>
            {t('done')}
          </button>
        </div>
      </>
    );
  }

  return (
    <>
      <h2 id="gv-title">{brand ? t('npsQuestion', { brand }) : t('npsQuestionNoBrand')}</h2>
      <ScoreScale model={model} dir={dir} lowLabel={t('npsLow')} highLabel={t('npsHigh')} />
      {model.score.value !== null && (
        <div class="row end">
          <button type="button" class="btn primary" part="primary" onClick={model.commit}>
            {t('npsNext')}
          </button>
        </div>
      )}
    </>
  );
}
