import { afterEach, describe, expect, it, vi } from 'vitest';
import { REFERRAL_TIMEOUT_MS } from '../../../src/ui/models/referral-model.js';
import { callbacks, get, referral, request, settle, shadow, show, text } from '../fixtures.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(navigator, 'share');
});

const referralRequest = (overrides = {}) =>
  request({ kind: 'referral', referral, offer: referral.offer, ...overrides });

const button = (label: string) => {
  const found = [...shadow().querySelectorAll<HTMLElement>('button,a')].find(
    (element) => element.textContent?.trim() === label,
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

describe('the referral pop-up', () => {
  it('states the double-sided offer in plain words', async () => {
    await show(referralRequest(), callbacks());
    expect(get('#gv-title').textContent).toBe('Give 20% off, get 20% off');
    expect(text()).toContain(
      'Your friends get 20% off on their first order. You get 20% off on your next order',
    );
  });

  it('formats money for the locale', async () => {
    const offer = {
      friend: { kind: 'amount', value: 15, currency: 'EUR' },
      advocate: { kind: 'custom', label: 'a free tote bag' },
    } as const;
    await show(referralRequest({ referral: { ...referral, offer }, locale: 'en-IE' }), callbacks());
    expect(get('#gv-title').textContent).toBe('Give €15 off, get a free tote bag');
  });

  it('shows the link in a labelled read-only field', async () => {
    await show(referralRequest(), callbacks());
    const field = get<HTMLInputElement>('#gv-link');
    expect(field.readOnly).toBe(true);
    expect(field.value).toBe(referral.url);
    expect(get('label[for=gv-link]').textContent).toBe('Your personal link');
  });

  it('shows a skeleton and no amount while the link loads, then the server’s offer and the link', async () => {
    let resolve: (value: typeof referral) => void = () => {};
    await show(referralRequest({ referral: new Promise((done) => (resolve = done)) }), callbacks());
    expect(shadow().querySelectorAll('.skel')).toHaveLength(2);
    expect(get('[aria-busy=true] [role=status]').textContent).toBe('Getting your link…');
    expect(get('#gv-title').textContent).toBe('Tell your friends');
    expect(shadow().querySelector('input')).toBeNull();
    resolve(referral);
    await settle();
    expect(shadow().querySelector('.skel')).toBeNull();
    expect(get('#gv-title').textContent).toBe('Give 20% off, get 20% off');
    expect(get<HTMLInputElement>('input').value).toBe(referral.url);
  });

  it('never shows the campaign’s offer and then the server’s: the server’s is the truth', async () => {
    const campaignOffer = {
      friend: { kind: 'percent', value: 50 },
      advocate: { kind: 'percent', value: 50 },
    } as const;
    const serverOffer = {
      friend: { kind: 'amount', value: 10, currency: 'EUR' },
      advocate: { kind: 'amount', value: 10, currency: 'EUR' },
    } as const;
    let resolve: (value: typeof referral) => void = () => {};
    const pending = new Promise<typeof referral>((done) => (resolve = done));
    await show(
      referralRequest({ referral: pending, offer: campaignOffer, locale: 'en-IE' }),
      callbacks(),
    );
    const seen = [get('#gv-title').textContent, text()];
    resolve({ ...referral, offer: serverOffer });
    await settle();
    seen.push(get('#gv-title').textContent, text());
    expect(seen.join(' ')).not.toContain('50%');
    expect(get('#gv-title').textContent).toBe('Give €10 off, get €10 off');
  });

  it('describes the campaign’s offer when no backend is asked for a link', async () => {
    await show(referralRequest({ referral: undefined }), callbacks());
    expect(get('#gv-title').textContent).toBe('Give 20% off, get 20% off');
  });

  it('shows a friendly message when the backend fails or is too slow', async () => {
    vi.useFakeTimers();
    await show(referralRequest({ referral: new Promise(() => {}) }), callbacks());
    await vi.advanceTimersByTimeAsync(REFERRAL_TIMEOUT_MS);
    expect(get('.note').textContent).toBe(
      'We couldn’t load your link just now. Please try again later.',
    );
    expect(get('.note').getAttribute('role')).toBe('status');
    expect(shadow().querySelector('.skel')).toBeNull();
    expect(button('Not now')).toBeTruthy();
  });

  it('copies the link with visible and announced feedback', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const calls = callbacks();
    await show(referralRequest(), calls);
    const status = get('.link ~ [role=status]');
    expect(status.textContent).toBe('');
    button('Copy').click();
    await settle();
    expect(writeText).toHaveBeenCalledWith(referral.url);
    expect(button('Copied')).toBeTruthy();
    expect(status.textContent).toBe('Link copied to the clipboard.');
    expect(calls.onCopy).toHaveBeenCalledOnce();
  });

  it('offers share channels as new-tab links with noopener and a prepared message', async () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    const calls = callbacks();
    await show(
      referralRequest({ channels: ['whatsapp', 'email', 'sms', 'native', 'telegram'] }),
      calls,
    );
    const links = [...shadow().querySelectorAll<HTMLAnchorElement>('[data-channel]')];
    expect(links.map((link) => link.dataset.channel)).toEqual(['whatsapp', 'email', 'telegram']);
    const [whatsapp, email] = links;
    expect(whatsapp?.target).toBe('_blank');
    expect(whatsapp?.rel).toBe('noopener noreferrer');
    expect(decodeURIComponent(whatsapp?.href ?? '')).toContain(
      'I like Acme Tea and I think you will too. Here is 20% off on your first order: https://shop.example/r/ANNA20',
    );
    expect(email?.getAttribute('target')).toBeNull();
    expect(decodeURIComponent(email?.href ?? '')).toContain('subject=20% off for you');
    whatsapp?.addEventListener('click', (event) => event.preventDefault());
    whatsapp?.click();
    expect(calls.onShare).toHaveBeenCalledWith('whatsapp');
  });

  it('offers the native share sheet only where navigator.share exists', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const calls = callbacks();
    await show(referralRequest({ channels: ['native', 'email'] }), calls);
    button('More…').click();
    await settle();
    expect(share).toHaveBeenCalledWith({
      title: '20% off for you',
      text: 'I like Acme Tea and I think you will too. Here is 20% off on your first order:',
      url: referral.url,
    });
    expect(calls.onShare).toHaveBeenCalledWith('native');
  });

  it('does not count a cancelled native share', async () => {
    const share = vi.fn(() => Promise.reject(new DOMException('cancel', 'AbortError')));
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const calls = callbacks();
    await show(referralRequest({ channels: ['native'] }), calls);
    button('More…').click();
    await settle();
    expect(calls.onShare).not.toHaveBeenCalled();
  });

  it.each([
    ['https://shop.example/terms', 'https://shop.example/terms'],
    ['javascript:alert(document.cookie)', null],
    ['data:text/html,<script>alert(1)</script>', null],
  ])('links the terms %s only when http(s)', async (termsUrl, expected) => {
    const offer = { ...referral.offer, termsUrl };
    await show(referralRequest({ referral: { ...referral, offer }, offer }), callbacks());
    const terms = shadow().querySelector<HTMLAnchorElement>('a.terms');
    expect(terms?.getAttribute('href') ?? null).toBe(expected);
    expect(shadow().innerHTML).not.toMatch(/javascript:|data:text/);
  });

  it('"Not now" snoozes and "Don’t ask again" opts out', async () => {
    const first = callbacks();
    await show(referralRequest(), first);
    button('Not now').click();
    expect(first.onSnooze).toHaveBeenCalledOnce();
    expect(first.onDismiss).not.toHaveBeenCalled();
    document.body.replaceChildren();
    const second = callbacks();
    await show(referralRequest(), second);
    button('Don’t ask again').click();
    expect(second.onOptOut).toHaveBeenCalledOnce();
  });

  it('closing the referral pop-up is a dismissal', async () => {
    const calls = callbacks();
    await show(referralRequest(), calls);
    get('.x').click();
    expect(calls.onDismiss).toHaveBeenCalledOnce();
  });
});
