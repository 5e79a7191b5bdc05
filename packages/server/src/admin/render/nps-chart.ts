import type { NpsWeek } from '../queries.js';
import { formatWeek } from './format.js';
import { html, type SafeHtml } from './html.js';

const WIDTH = 760;
const LEFT = 44;
const RIGHT = 16;
const LINE_TOP = 18;
const LINE_HEIGHT = 150;
const STRIP_TOP = LINE_TOP + LINE_HEIGHT + 26;
const STRIP_HEIGHT = 44;
const HEIGHT = STRIP_TOP + STRIP_HEIGHT + 40;

/** Colours of the three segments, shared with the legend and the comment columns. */
export const SEGMENT_COLOURS = { promoter: '#16a34a', passive: '#f2b01e', detractor: '#e0453a' };

type Split = Pick<NpsWeek, 'promoters' | 'passives' | 'detractors'>;

/** The answers of several weeks added up. */
export function sumWeeks(weeks: readonly Split[]): Split {
  return weeks.reduce(
    (sum, w) => ({
      promoters: sum.promoters + w.promoters,
      passives: sum.passives + w.passives,
      detractors: sum.detractors + w.detractors,
    }),
    { promoters: 0, passives: 0, detractors: 0 },
  );
}

/** NPS of a split (% promoters − % detractors, rounded as `nps()` in core); `null` without answers. */
export function scoreOf(split: Split): number | null {
  const n = split.promoters + split.passives + split.detractors;
  return n === 0 ? null : Math.round(((split.promoters - split.detractors) / n) * 100) + 0;
}

/** Fills weeks without answers so gaps show as gaps. `from` is a Monday (UTC). */
export function continuousWeeks(rows: readonly NpsWeek[], from: Date, weeks: number): NpsWeek[] {
  const byTime = new Map(rows.map((row) => [row.week.getTime(), row]));
  return Array.from({ length: weeks }, (_, i) => {
    const week = new Date(from.getTime() + i * 7 * 86_400_000);
    return byTime.get(week.getTime()) ?? { week, promoters: 0, passives: 0, detractors: 0 };
  });
}

/**
 * Weekly NPS as an inline SVG: the score line (−100…100) on top and each week's
 * promoter/passive/detractor split as a 100 % column below, with the number of answers.
 */
export function npsChart(weeks: readonly NpsWeek[]): SafeHtml {
  const band = (WIDTH - LEFT - RIGHT) / Math.max(1, weeks.length);
  const x = (i: number) => LEFT + band * i + band / 2;
  const y = (score: number) => LINE_TOP + ((100 - score) / 200) * LINE_HEIGHT;
  const scores = weeks.map(scoreOf);
  let path = '';
  scores.forEach((score, i) => {
    if (score === null) return;
    path += `${i > 0 && scores[i - 1] !== null ? 'L' : 'M'}${x(i).toFixed(1)},${y(score).toFixed(1)}`;
  });
  const grid = [100, 50, 0, -50, -100].map(
    (
      v,
    ) => html`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(v)}" y2="${y(v)}" class="${v === 0 ? 'axis' : 'grid'}"/>
      <text x="${LEFT - 8}" y="${y(v) + 4}" class="tick" text-anchor="end">${v}</text>`,
  );
  const columns = weeks.map((w, i) => {
    const n = w.promoters + w.passives + w.detractors;
    const score = scores[i] ?? null;
    const left = LEFT + band * i + band * 0.18;
    const width = band * 0.64;
    const parts: [keyof typeof SEGMENT_COLOURS, number][] = [
      ['promoter', w.promoters],
      ['passive', w.passives],
      ['detractor', w.detractors],
    ];
    let top = STRIP_TOP;
    const rects = parts.map(([segment, count]) => {
      const height = n === 0 ? 0 : (count / n) * STRIP_HEIGHT;
      const rect = html`<rect x="${left.toFixed(1)}" y="${top.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" fill="${SEGMENT_COLOURS[segment]}"/>`;
      top += height;
      return rect;
    });
    const title = `Week of ${formatWeek(w.week)}: ${score === null ? 'no answers' : `NPS ${score}, ${w.promoters} promoters, ${w.passives} passives, ${w.detractors} detractors`}`;
    return html`<g class="week"><title>${title}</title>
      <rect x="${(LEFT + band * i).toFixed(1)}" y="${LINE_TOP}" width="${band.toFixed(1)}" height="${HEIGHT - LINE_TOP}" class="hover"/>
      ${n === 0 ? html`<rect x="${left.toFixed(1)}" y="${STRIP_TOP}" width="${width.toFixed(1)}" height="${STRIP_HEIGHT}" class="empty"/>` : rects}
      ${
        score === null
          ? ''
          : html`<circle cx="${x(i).toFixed(1)}" cy="${y(score).toFixed(1)}" r="4.5" class="dot"/>
      <text x="${x(i).toFixed(1)}" y="${(y(score) - 10).toFixed(1)}" text-anchor="middle" class="value">${score}</text>`
      }
      <text x="${x(i).toFixed(1)}" y="${STRIP_TOP + STRIP_HEIGHT + 16}" text-anchor="middle" class="tick">${formatWeek(w.week)}</text>
      <text x="${x(i).toFixed(1)}" y="${STRIP_TOP + STRIP_HEIGHT + 30}" text-anchor="middle" class="tick n">n=${n}</text></g>`;
  });
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="nps-chart-title">
    <title id="nps-chart-title">Weekly NPS with the promoter, passive and detractor split</title>
    ${grid}
    <path d="${path}" class="line"/>
    ${columns}
  </svg>`;
}
