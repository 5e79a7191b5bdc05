import { describe, expect, it, vi } from 'vitest';
import { createNpsModel, MAX_COMMENT } from '../../../src/ui/models/nps-model.js';

const model = (promoterToReferral = false) => {
  const onAnswer = vi.fn();
  const onComment = vi.fn();
  return { nps: createNpsModel({ promoterToReferral, onAnswer, onComment }), onAnswer, onComment };
};

describe('createNpsModel', () => {
  it.each([
    [0, 'detractor', 'follow-up'],
    [6, 'detractor', 'follow-up'],
    [7, 'passive', 'follow-up'],
    [8, 'passive', 'follow-up'],
    [9, 'promoter', 'follow-up'],
    [10, 'promoter', 'follow-up'],
  ] as const)('score %d is a %s and goes to the %s', (score, segment, step) => {
    const { nps, onAnswer } = model();
    nps.select(score);
    expect(onAnswer).not.toHaveBeenCalled();
    nps.commit();
    expect(onAnswer).toHaveBeenCalledWith({ score, segment });
    expect(nps.step.value).toBe(step);
  });

  it.each([
    [9, 'referral'],
    [10, 'referral'],
    [8, 'thanks'],
    [2, 'thanks'],
  ] as const)(
    'with promoterToReferral, score %d goes to the follow-up, then the %s step',
    (score, step) => {
      const { nps } = model(true);
      nps.select(score);
      nps.commit();
      expect(nps.step.value).toBe('follow-up');
      nps.finish();
      expect(nps.step.value).toBe(step);
    },
  );

  it('with promoterToReferral, a promoter comments once and then gets the referral step', () => {
    const { nps, onAnswer, onComment } = model(true);
    nps.select(10);
    nps.commit();
    expect(onAnswer).toHaveBeenCalledWith({ score: 10, segment: 'promoter' });
    expect(nps.step.value).toBe('follow-up');
    nps.finish('  The tea  ');
    expect(onComment).toHaveBeenCalledOnce();
    expect(onComment).toHaveBeenCalledWith('The tea');
    expect(nps.step.value).toBe('referral');
    nps.finish('again');
    expect(onComment).toHaveBeenCalledOnce();
    expect(nps.step.value).toBe('referral');
  });

  it('without promoterToReferral, a promoter ends on thanks', () => {
    const { nps } = model(false);
    nps.select(10);
    nps.commit();
    nps.finish();
    expect(nps.step.value).toBe('thanks');
  });

  it('ignores scores outside 0–10 and commits nothing without a score', () => {
    const { nps, onAnswer } = model();
    for (const bad of [-1, 11, 7.5, Number.NaN]) nps.select(bad);
    nps.commit();
    expect(nps.score.value).toBeNull();
    expect(onAnswer).not.toHaveBeenCalled();
    expect(nps.step.value).toBe('score');
  });

  it('records the answer once: a second commit or select after it changes nothing', () => {
    const { nps, onAnswer } = model();
    nps.select(3);
    nps.commit();
    nps.select(10);
    nps.commit();
    expect(onAnswer).toHaveBeenCalledOnce();
    expect(nps.score.value).toBe(3);
  });

  it('sends a trimmed comment, then thanks; a blank comment or skip sends none', () => {
    const first = model();
    first.nps.select(7);
    first.nps.commit();
    first.nps.finish('  Faster delivery  ');
    expect(first.onComment).toHaveBeenCalledWith('Faster delivery');
    expect(first.nps.step.value).toBe('thanks');

    const second = model();
    second.nps.select(2);
    second.nps.commit();
    second.nps.finish('   ');
    expect(second.onComment).not.toHaveBeenCalled();
    expect(second.nps.step.value).toBe('thanks');
  });

  it('cuts a very long comment', () => {
    const { nps, onComment } = model();
    nps.select(5);
    nps.commit();
    nps.finish('x'.repeat(MAX_COMMENT + 500));
    expect(onComment.mock.calls[0]?.[0]).toHaveLength(MAX_COMMENT);
  });

  it('never cuts a long comment inside an emoji (a lone surrogate is refused by servers)', () => {
    const { nps, onComment } = model();
    nps.select(5);
    nps.commit();
    // The 2000th code unit is the first half of 👍.
    nps.finish(`${'x'.repeat(MAX_COMMENT - 1)}👍 and more`);
    const sent = onComment.mock.calls[0]?.[0] as string;
    expect(sent).toBe('x'.repeat(MAX_COMMENT - 1));
  });

  it('is answered once the score is committed', () => {
    const { nps } = model();
    expect(nps.answered.value).toBe(false);
    nps.select(8);
    expect(nps.answered.value).toBe(false);
    nps.commit();
    expect(nps.answered.value).toBe(true);
  });
});
