import { NpsPrompt } from '../components/nps-prompt.js';
import { createNpsModel } from '../models/nps-model.js';
import type { PromptContext, PromptView } from '../prompt-view.js';
import { npsCss } from '../styles/nps-css.js';
import { createView as createReferralView } from './referral-view.js';

/** The NPS prompt; with `promoterToReferral`, promoters continue to the referral view. */
export function createView(context: PromptContext): PromptView {
  const { request, calls, i18n, brand } = context;
  context.addStyles(npsCss);
  const model = createNpsModel({
    promoterToReferral: request.promoterToReferral === true,
    onAnswer: calls.onNpsAnswer,
    onComment: calls.onNpsComment,
  });
  // Created as the prompt opens, so a promoter's link is requested before they answer.
  const referral =
    request.promoterToReferral === true
      ? createReferralView(context, {
          title: brand ? i18n.t('promoterTitle', { brand }) : i18n.t('promoterTitleNoBrand'),
          reviewUrl: request.reviewUrl,
        })
      : null;
  return {
    render: () => (
      <NpsPrompt
        model={model}
        step={model.step.value}
        i18n={i18n}
        brand={brand}
        dir={request.dir}
        reviewUrl={request.reviewUrl}
        onDone={() => context.close('done')}
        referral={() => referral?.render()}
      />
    ),
    step: () => model.step.value,
    dismissal: () => !model.answered.value,
    dispose() {
      referral?.dispose();
    },
  };
}
