import type { NpsSegment } from './backend.js';

/** The Net Promoter Score of a set of answers, with the counts it is made of. */
export interface NpsResult {
  /** −100…100, rounded to a whole number; `null` when there is no valid answer. */
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  /** Valid answers counted (whole numbers 0–10). */
  n: number;
}

/**
 * The segment of a 0–10 answer: 9–10 promoter, 7–8 passive, 0–6 detractor.
 * @example segment(9) // 'promoter'
 */
export function segment(score: number): NpsSegment {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** Whether a value is an NPS answer: a whole number from 0 to 10. */
export function isNpsScore(value: unknown): value is number {
  // `Number.isInteger` is false for anything but a number, so no `typeof` check is needed.
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;
}

/**
 * The standard NPS formula (% promoters − % detractors) over answered responses.
 * Anything that is not a whole number 0–10 (unanswered, `null`, 11, 7.5) is ignored.
 * @example nps([10, 9, 7, 3]) // { score: 25, promoters: 2, passives: 1, detractors: 1, n: 4 }
 */
export function nps(scores: Iterable<unknown>): NpsResult {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const score of scores) {
    if (!isNpsScore(score)) continue;
    const kind = segment(score);
    if (kind === 'promoter') promoters += 1;
    else if (kind === 'passive') passives += 1;
    else detractors += 1;
  }
  const n = promoters + passives + detractors;
  // `+ 0` turns a rounded -0 into 0.
  const score = n === 0 ? null : Math.round(((promoters - detractors) / n) * 100) + 0;
  return { score, promoters, passives, detractors, n };
}
