import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT_MS } from '../../../src/ui/show-prompt.js';
import { callbacks, get, key, referral, request, shadow, show, text, until } from '../fixtures.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

const title = () => get('#gv-title').textContent;

describe('the NPS prompt', () => {
  it.each([
    [2, 'What went wrong?'],
    [7, 'What would make it a 10?'],
    [9, 'What do you love most?'],
  ])(
    'after %d asks the segment question "%s" and focuses the answer field',
    async (score, question) => {
      await show(request(), callbacks());
      get(`[data-score="${score}"]`).click();
      expect(title()).toBe(question);
      const field = get<HTMLTextAreaElement>('textarea');
      expect(field.getAttribute('aria-labelledby')).toBe('gv-title');
      expect(shadow().activeElement).toBe(field);
    },
  );

  it('sends the comment, then thanks with the brand name, and Done closes without a dismissal', async () => {
    vi.useFakeTimers();
    const calls = callbacks();
    await show(request(), calls);
    get('[data-score="4"]').click();
    get<HTMLTextAreaElement>('textarea').value = 'Late parcel';
    get<HTMLFormElement>('form').requestSubmit();
    expect(calls.onNpsComment).toHaveBeenCalledWith('Late parcel');
    expect(title()).toBe('Thank you!');
    expect(text()).toContain('Your feedback helps Acme Tea get better.');
    expect(shadow().activeElement).toBe(get('#gv-title'));
    get('.primary').click();
    await vi.advanceTimersByTimeAsync(EXIT_MS);
    expect(calls.onDismiss).not.toHaveBeenCalled();
    expect(calls.onClosed).toHaveBeenCalledOnce();
  });

  it('the follow-up is skippable', async () => {
    const calls = callbacks();
    await show(request(), calls);
    get('[data-score="8"]').click();
    [...shadow().querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent === 'Skip')
      ?.click();
    expect(calls.onNpsComment).not.toHaveBeenCalled();
    expect(title()).toBe('Thank you!');
  });

  it('Escape after the answer closes without counting a dismissal', async () => {
    const calls = callbacks();
    await show(request(), calls);
    get('[data-score="8"]').click();
    key(get('.frame'), 'Escape');
    expect(calls.onDismiss).not.toHaveBeenCalled();
  });

  it('sends promoters to the referral step after skipping the follow-up when promoterToReferral is on', async () => {
    const calls = callbacks();
    await show(request({ promoterToReferral: true, referral }), calls);
    get('[data-score="10"]').click();
    expect(title()).toBe('What do you love most?');
    expect(shadow().activeElement).toBe(get('textarea'));
    expect(shadow().querySelector('#gv-link')).toBeNull();
    [...shadow().querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent === 'Skip')
      ?.click();
    expect(calls.onNpsComment).not.toHaveBeenCalled();
    await until('#gv-link');
    expect(title()).toBe('Glad you love Acme Tea!');
    expect(text()).toContain('Your friends get 20% off on their first order.');
    expect(get<HTMLInputElement>('input').value).toBe(referral.url);
    expect(shadow().activeElement).toBe(get('#gv-title'));
  });

  it("sends a promoter's comment once, then shows the referral step with focus on its title", async () => {
    const calls = callbacks();
    await show(request({ promoterToReferral: true, referral }), calls);
    get('[data-score="10"]').click();
    get<HTMLTextAreaElement>('textarea').value = 'The smoky oolong';
    get<HTMLFormElement>('form').requestSubmit();
    expect(calls.onNpsComment).toHaveBeenCalledOnce();
    expect(calls.onNpsComment).toHaveBeenCalledWith('The smoky oolong');
    await until('#gv-link');
    expect(title()).toBe('Glad you love Acme Tea!');
    expect(get<HTMLInputElement>('input').value).toBe(referral.url);
    expect(shadow().activeElement).toBe(get('#gv-title'));
  });

  it.each([
    [
      'refused (an anonymous visitor, no unsigned referrals)',
      () => Promise.reject(new Error('HTTP 401')),
    ],
    ['missing (no backend)', () => undefined],
  ])('thanks a promoter whose link is %s instead of showing the link step', async (_name, make) => {
    const link = make();
    link?.catch(() => {});
    await show(request({ promoterToReferral: true, referral: link as never }), callbacks());
    get('[data-score="10"]').click();
    get<HTMLFormElement>('form').requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(title()).toBe('Thank you!');
    expect(text()).not.toContain("couldn't load");
    expect(shadow().querySelector('#gv-link')).toBeNull();
  });

  it('never sends detractors or passives to the referral step', async () => {
    await show(request({ promoterToReferral: true, referral }), callbacks());
    get('[data-score="8"]').click();
    expect(shadow().querySelector('input')).toBeNull();
    get<HTMLFormElement>('form').requestSubmit();
    expect(title()).toBe('Thank you!');
    expect(shadow().querySelector('input')).toBeNull();
  });

  it.each([
    ['https://reviews.example/acme', 'https://reviews.example/acme'],
    ['javascript:alert(1)', null],
  ])('offers promoters the review link %s only when it is http(s)', async (reviewUrl, expected) => {
    await show(request({ reviewUrl }), callbacks());
    get('[data-score="9"]').click();
    get<HTMLFormElement>('form').requestSubmit();
    const link = shadow().querySelector<HTMLAnchorElement>('a');
    expect(link?.getAttribute('href') ?? null).toBe(expected);
    if (link) expect(link.rel).toBe('noopener noreferrer');
    expect(shadow().innerHTML).not.toContain('javascript:');
  });

  it('does not offer the review link to detractors', async () => {
    await show(request({ reviewUrl: 'https://reviews.example/acme' }), callbacks());
    get('[data-score="1"]').click();
    get<HTMLFormElement>('form').requestSubmit();
    expect(shadow().querySelector('a')).toBeNull();
  });

  it('asks without a brand name when there is none', async () => {
    await show(request({ brandName: '   ' }), callbacks());
    expect(title()).toBe('How likely are you to recommend us to a friend or colleague?');
  });

  it('renders a 2 kB product name as text that wraps', async () => {
    const brandName = `<img src=x onerror=alert(1)>${'Ü'.repeat(2000)}`;
    await show(request({ brandName }), callbacks());
    expect(title()).toContain(brandName);
    expect(shadow().querySelector('img')).toBeNull();
    const css = [...shadow().adoptedStyleSheets].map((sheet) =>
      [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
    );
    expect(css.join('\n')).toMatch(/h2\s*{[^}]*overflow-wrap:\s*anywhere/);
  });

  it('uses copy overrides from request.messages, as text', async () => {
    await show(
      request({
        messages: {
          npsQuestion: 'Would you tell a friend about {brand}? <b>!</b>',
          npsLow: 'Never',
        },
      }),
      callbacks(),
    );
    expect(title()).toBe('Would you tell a friend about Acme Tea? <b>!</b>');
    expect(shadow().querySelector('b')).toBeNull();
    expect(text()).toContain('Never');
  });
});

describe('the NPS prompt on an answered score (the hosted page of an email link)', () => {
  it.each([
    [2, 'What went wrong?'],
    [8, 'What would make it a 10?'],
    [10, 'What do you love most?'],
  ])('opens %d on its follow-up, "%s", without answering again', async (score, question) => {
    const calls = callbacks();
    await show(request({ answeredScore: score }), calls);
    expect(title()).toBe(question);
    get<HTMLTextAreaElement>('textarea').value = 'Quick';
    get<HTMLFormElement>('form').requestSubmit();
    expect(calls.onNpsComment).toHaveBeenCalledWith('Quick');
    expect(calls.onNpsAnswer).not.toHaveBeenCalled();
    expect(calls.onDismiss).not.toHaveBeenCalled();
  });

  it.each([[-1], [11], [2.5]])('asks for the score when given %s', async (score) => {
    await show(request({ answeredScore: score }), callbacks());
    expect(get('[data-score="10"]')).toBeTruthy();
  });
});
