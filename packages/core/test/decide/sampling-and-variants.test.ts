// Behaviour 5: sticky sampling and variants. Over 10,000 visitor ids the shown fraction is
// within ±2 % of the rate and each variant's share within ±2 % of its weight; the same
// visitor always gets the same answers.
import { describe, expect, it } from 'vitest';
import { type Campaign, decide } from '../../src/index.js';
import { campaign, config, snapshot, T0 } from '../helpers.js';

const VISITORS = Array.from({ length: 10_000 }, (_, index) => `visitor-${index}`);

const sampled: Campaign = campaign({
  id: 'ab-test',
  sampling: 0.3,
  variants: [
    { id: 'give-20', weight: 1, content: { en: { title: 'Give 20 %, get 20 %' } } },
    { id: 'give-10', weight: 1 },
    { id: 'free-tote', weight: 2 },
  ],
});

function decideFor(visitorId: string, subject: Campaign = sampled) {
  return decide(config([subject]), snapshot(T0, { visitor: { id: visitorId } }));
}

// 10,000 decisions per case: generous timeouts, since the machine may be busy.
describe('sticky sampling and variants', { timeout: 60_000 }, () => {
  it.each([0.05, 0.3, 0.5, 0.9])('rate %d: the shown fraction is within ±2 %', (rate) => {
    const subject = { ...sampled, sampling: rate };
    const shown = VISITORS.filter((id) => decideFor(id, subject).action === 'show').length;
    expect(Math.abs(shown / VISITORS.length - rate)).toBeLessThanOrEqual(0.02);
  });

  it('each variant gets its weighted share within ±2 %, among the sampled visitors too', () => {
    const all = new Map<string, number>();
    const amongShown = new Map<string, number>();
    let shown = 0;
    for (const id of VISITORS) {
      const decision = decideFor(id);
      const variant = decision.explanations[0]?.variantId ?? 'none';
      all.set(variant, (all.get(variant) ?? 0) + 1);
      if (decision.action === 'show') {
        shown += 1;
        amongShown.set(variant, (amongShown.get(variant) ?? 0) + 1);
      }
    }
    for (const [variant, weight] of [
      ['give-20', 0.25],
      ['give-10', 0.25],
      ['free-tote', 0.5],
    ] as const) {
      expect(Math.abs((all.get(variant) ?? 0) / VISITORS.length - weight)).toBeLessThanOrEqual(
        0.02,
      );
      // Independent salts: being sampled says nothing about the variant. Only ~3,000 of the
      // visitors are sampled (one standard deviation ≈ 0.8 %), hence the wider ±3 %.
      expect(Math.abs((amongShown.get(variant) ?? 0) / shown - weight)).toBeLessThanOrEqual(0.03);
    }
  });

  it('the same visitor always gets the same answers', () => {
    for (const id of VISITORS.slice(0, 200)) {
      const first = decideFor(id);
      const again = decideFor(id);
      expect([again.action, again.variantId]).toEqual([first.action, first.variantId]);
    }
  });

  it('raising the rate only adds visitors (never re-rolled)', () => {
    const at = (rate: number) =>
      new Set(
        VISITORS.slice(0, 2_000).filter(
          (id) => decideFor(id, { ...sampled, sampling: rate }).action === 'show',
        ),
      );
    const small = at(0.1);
    const large = at(0.2);
    expect([...small].every((id) => large.has(id))).toBe(true);
    expect(large.size).toBeGreaterThan(small.size);
  });

  it('reports the variant and its copy in the decision', () => {
    const decision = VISITORS.map((id) => decideFor(id)).find(
      (item) => item.action === 'show' && item.variantId === 'give-20',
    );
    expect(decision?.messages).toEqual({ title: 'Give 20 %, get 20 %' });
    expect(decision?.explanations[0]?.variantId).toBe('give-20');
  });

  it.each([
    { rate: 0, expected: 'none' },
    { rate: 1, expected: 'show' },
  ])('rate $rate → $expected for everyone', ({ rate, expected }) => {
    const subject = { ...sampled, sampling: rate };
    expect(VISITORS.slice(0, 500).every((id) => decideFor(id, subject).action === expected)).toBe(
      true,
    );
  });

  it('a campaign without variants reports the `default` variant', () => {
    expect(decideFor('visitor-1', campaign({ id: 'plain' })).variantId).toBe('default');
  });
});
