import { describe, expect, it } from 'vitest';
import { type DashboardData, renderDashboard } from '../../src/admin/render/dashboard.js';

function data(promoters: number, detractors: number): DashboardData {
  return {
    siteKey: 'shop',
    siteKeys: ['shop'],
    weeks: 12,
    generatedAt: new Date('2026-11-22T10:00:00Z'),
    npsWeeks: [{ week: new Date('2026-11-16T00:00:00Z'), promoters, passives: 0, detractors }],
    comments: [],
    funnel: {
      impressions: 0,
      shares: [],
      clicks: 0,
      claims: 0,
      conversions: 0,
      rewards: 0,
      rewardsApproved: 0,
      revenue: [],
    },
    variants: [],
    advocates: [],
    rewardsPending: { amount: 0, currency: 'EUR' },
  };
}

describe('renderDashboard', () => {
  it.each([
    [1, 0, '1 answer in 12 weeks'],
    [1, 1, '2 answers in 12 weeks'],
  ])('counts %i promoter(s) and %i detractor(s) as "%s"', (promoters, detractors, expected) => {
    expect(renderDashboard(data(promoters, detractors))).toContain(expected);
  });
});
