import type { Translator } from '../../i18n/translate.js';
import type { CopyModel } from '../models/copy-model.js';
import { CheckIcon } from './icons.js';

export interface LinkCopyProps {
  /** What to copy: the referral link or a coupon code. */
  url: string;
  copy: CopyModel;
  i18n: Translator;
  /** The field's label. */
  label: string;
  /** What the live region says once it is copied. */
  copiedStatus: string;
}

/** A link or code in a read-only field, a copy button, and visible + announced feedback. */
export function LinkCopy({ url, copy, i18n, label, copiedStatus }: LinkCopyProps) {
  const { t } = i18n;
  const state = copy.state.value;
  return (
    <>
      <label for="gv-link">{label}</label>
      <div class="link">
        <input
          id="gv-link"
          part="input"
          type="text"
          dir="ltr"
          readOnly
          value={url}
          onFocus={(event) => (event.currentTarget as HTMLInputElement).select()}
        />
        <button
          type="button"
          class="btn primary"
          part="primary"
          onClick={(event) =>
            copy.copy(
              url,
              (event.currentTarget as HTMLElement).parentElement?.querySelector('input') ?? null,
            )
          }
        >
          {state === 'copied' && <CheckIcon />}
          {t(state === 'copied' ? 'copied' : 'copy')}
        </button>
      </div>
      {state === 'manual' && <p class="hint">{t('copyManual')}</p>}
      <p class="sr" role="status">
        {state === 'copied' ? copiedStatus : ''}
      </p>
    </>
  );
}
