import { isNpsScore } from '@grapevine/core';
import { NpsPrompt } from '../components/nps-prompt.js';
import { createNpsModel } from '../models/nps-model.js';
import { createReferralModel } from '../models/referral-model.js';
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
  // The hosted page of an email's score link: the score is recorded, open on its follow-up.
  if (isNpsScore(request.answeredScore)) {
    model.select(request.answeredScore);
    model.step.value = 'follow-up';
  }
  // Created as the prompt opens, so a promoter's link is requested before they answer.
  const link = request.promoterToReferral === true ? createReferralModel(request.referral) : null;
  const referral = link
    ? createReferralView(context, {
        title: brand ? i18n.t('promoterTitle', { brand }) : i18n.t('promoterTitleNoBrand'),
        reviewUrl: request.reviewUrl,
        model: link,
      })
    : null;
  // A promoter whose link cannot be had (an anonymous visitor where the site refuses
  // unsigned referrals) is thanked instead of shown "We couldn't load your link".
  const step = () =>
    model.step.value === 'referral' && link?.status.value === 'failed'
      ? 'thanks'
      : model.step.value;
  return {
    render: () => (
      <NpsPrompt
        model={model}
        step={step()}
        i18n={i18n}
        brand={brand}
        dir={request.dir}
        reviewUrl={request.reviewUrl}
        onDone={() => context.close('done')}
        referral={() => referral?.render()}
      />
    ),
    step,
    dismissal: () => !model.answered.value,
    dispose() {
      referral?.dispose();
    },
  };
}
