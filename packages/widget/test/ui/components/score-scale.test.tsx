import { afterEach, describe, expect, it } from 'vitest';
import { callbacks, get, key, request, shadow, show } from '../fixtures.js';

afterEach(() => document.body.replaceChildren());

const radios = () => [...shadow().querySelectorAll<HTMLElement>('[role=radio]')];
const checked = () => radios().filter((radio) => radio.getAttribute('aria-checked') === 'true');
const focused = () => shadow().activeElement as HTMLElement | null;

describe('the 0–10 radio group', () => {
  it('is a radiogroup labelled by the question, with 11 radios and one tab stop', async () => {
    await show(request(), callbacks());
    const group = get('[role=radiogroup]');
    expect(group.getAttribute('aria-labelledby')).toBe('gv-title');
    expect(radios().map((radio) => radio.textContent)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(radios().filter((radio) => radio.tabIndex === 0)).toEqual([radios()[0]]);
    expect(checked()).toEqual([]);
  });

  it('describes the ends with the visible end labels', async () => {
    await show(request(), callbacks());
    const low = get('[data-score="0"]').getAttribute('aria-describedby');
    const high = get('[data-score="10"]').getAttribute('aria-describedby');
    expect(get(`#${low}`).textContent).toBe('Not likely');
    expect(get(`#${high}`).textContent).toBe('Very likely');
  });

  it('moves the choice and the tab stop with the arrow keys, Home and End, without recording', async () => {
    const calls = callbacks();
    await show(request(), calls);
    const group = get('[role=radiogroup]');
    get('[data-score="0"]').focus();
    key(group, 'ArrowRight');
    expect(checked().map((radio) => radio.dataset.score)).toEqual(['1']);
    expect(focused()?.dataset.score).toBe('1');
    key(group, 'ArrowDown');
    expect(focused()?.dataset.score).toBe('2');
    key(group, 'ArrowLeft');
    key(group, 'ArrowUp');
    expect(focused()?.dataset.score).toBe('0');
    key(group, 'ArrowLeft');
    expect(focused()?.dataset.score).toBe('0');
    key(group, 'End');
    expect(checked().map((radio) => radio.dataset.score)).toEqual(['10']);
    key(group, 'ArrowRight');
    expect(focused()?.dataset.score).toBe('10');
    key(group, 'Home');
    expect(focused()?.dataset.score).toBe('0');
    expect(radios().filter((radio) => radio.tabIndex === 0)).toEqual([get('[data-score="0"]')]);
    expect(calls.onNpsAnswer).not.toHaveBeenCalled();
  });

  it('follows the reading direction in right-to-left prompts', async () => {
    await show(request({ dir: 'rtl' }), callbacks());
    const group = get('[role=radiogroup]');
    expect(get('.root').getAttribute('dir')).toBe('rtl');
    key(group, 'ArrowLeft');
    key(group, 'ArrowLeft');
    expect(focused()?.dataset.score).toBe('2');
    key(group, 'ArrowRight');
    expect(focused()?.dataset.score).toBe('1');
  });

  it('commits on click (and so on Enter or Space, which click a button)', async () => {
    const calls = callbacks();
    await show(request(), calls);
    get('[data-score="6"]').click();
    expect(calls.onNpsAnswer).toHaveBeenCalledWith({ score: 6, segment: 'detractor' });
  });

  it('shows a Next button once a score is chosen with the keys, and it commits', async () => {
    const calls = callbacks();
    await show(request(), calls);
    expect(shadow().querySelector('.primary')).toBeNull();
    key(get('[role=radiogroup]'), 'End');
    get('.primary').click();
    expect(calls.onNpsAnswer).toHaveBeenCalledWith({ score: 10, segment: 'promoter' });
  });
});
