import type { Claim, FriendOffer } from '@grapevine/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callbacks, get, request, settle, shadow, show, text } from '../fixtures.js';

afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(navigator, 'clipboard');
});

const offer: FriendOffer = {
  code: 'ANNA20',
  status: 'valid',
  advocateName: 'Anna',
  friend: { kind: 'percent', value: 20 },
  validUntil: '2026-12-31T00:00:00Z',
  termsUrl: 'https://shop.example/terms',
};
const claimed: Claim = {
  status: 'claimed',
  coupon: { code: 'WELCOME-7F3K' },
  reward: { kind: 'percent', value: 20 },
};

const friendRequest = (overrides = {}) =>
  request({ kind: 'friend-offer', friendOffer: offer, ...overrides });

function submit(email: string) {
  get<HTMLInputElement>('#gv-email').value = email;
  get<HTMLFormElement>('form').requestSubmit();
}

describe('the friend offer', () => {
  it('says who gave what, in plain words', async () => {
    await show(friendRequest(), callbacks());
    expect(get('#gv-title').textContent).toBe('Anna gave you 20% off');
    expect(text()).toContain('It’s for your first order at Acme Tea — enter your email');
    expect(text()).toContain('Valid until December 31, 2026.');
    expect(get('label[for=gv-email]').textContent).toBe('Your email');
    expect(get<HTMLInputElement>('#gv-email').type).toBe('email');
  });

  it('never shows more than a first name, as text', async () => {
    await show(
      friendRequest({ friendOffer: { ...offer, advocateName: '<b>Anna</b>' } }),
      callbacks(),
    );
    expect(get('#gv-title').textContent).toBe('<b>Anna</b> gave you 20% off');
    expect(shadow().querySelector('b')).toBeNull();
    document.body.replaceChildren();
    await show(friendRequest({ friendOffer: { ...offer, advocateName: undefined } }), callbacks());
    expect(get('#gv-title').textContent).toBe('A friend gave you 20% off');
  });

  it('claims, then reveals the code, announces it and moves focus to it', async () => {
    const calls = { ...callbacks(), onClaim: vi.fn(() => Promise.resolve(claimed)) };
    await show(friendRequest(), calls);
    submit('friend@example.com');
    await settle();
    expect(calls.onClaim).toHaveBeenCalledWith('friend@example.com');
    expect(get('#gv-title').textContent).toBe('Here’s your code');
    expect(shadow().activeElement).toBe(get('#gv-title'));
    expect(get<HTMLInputElement>('#gv-link').value).toBe('WELCOME-7F3K');
    const statuses = [...shadow().querySelectorAll('[role=status]')].map(
      (node) => node.textContent,
    );
    expect(statuses).toContain('Your code WELCOME-7F3K is ready.');
  });

  it('offers a real link that applies the code, when the shop has one', async () => {
    const applyUrl = 'https://shop.example/discount/WELCOME-7F3K?redirect=/checkout';
    const withLink: Claim = { ...claimed, coupon: { code: 'WELCOME-7F3K', applyUrl } };
    await show(friendRequest(), {
      ...callbacks(),
      onClaim: vi.fn(() => Promise.resolve(withLink)),
    });
    submit('friend@example.com');
    await settle();
    const link = get<HTMLAnchorElement>('a.btn.primary');
    expect(link.textContent).toBe('Shop with my code');
    expect(link.getAttribute('href')).toBe(applyUrl);
    document.body.replaceChildren();
    const unsafe: Claim = {
      ...claimed,
      coupon: { code: 'WELCOME-7F3K', applyUrl: 'javascript:alert(1)' },
    };
    await show(friendRequest(), { ...callbacks(), onClaim: vi.fn(() => Promise.resolve(unsafe)) });
    submit('friend@example.com');
    await settle();
    expect(shadow().querySelector('a.btn')).toBeNull();
    expect(text()).toContain('Done');
  });

  it('copies the code with its own feedback', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const calls = { ...callbacks(), onClaim: vi.fn(() => Promise.resolve(claimed)) };
    await show(friendRequest(), calls);
    submit('friend@example.com');
    await settle();
    get('.link .primary').click();
    await settle();
    expect(writeText).toHaveBeenCalledWith('WELCOME-7F3K');
    expect(text()).toContain('Code copied to the clipboard.');
    expect(calls.onCopy).toHaveBeenCalledOnce();
  });

  it('explains an invalid email without calling the backend', async () => {
    const calls = { ...callbacks(), onClaim: vi.fn(() => Promise.resolve(claimed)) };
    await show(friendRequest(), calls);
    submit('not-an-email');
    await settle();
    expect(calls.onClaim).not.toHaveBeenCalled();
    expect(get('#gv-error').textContent).toBe(
      'Please enter an email address like name@example.com.',
    );
    expect(get('#gv-email').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the email and says so plainly when the claim fails', async () => {
    const calls = { ...callbacks(), onClaim: vi.fn(() => Promise.reject(new Error('503'))) };
    await show(friendRequest(), calls);
    submit('friend@example.com');
    await settle();
    expect(get<HTMLInputElement>('#gv-email').value).toBe('friend@example.com');
    expect(get('#gv-error').textContent).toBe(
      'We couldn’t reach the shop just now. Your email is still here: please try again.',
    );
    expect(get('button[type=submit]').textContent).toBe('Try again');
  });

  it.each([
    [null, 'This referral link isn’t valid, but you’re very welcome to look around.'],
    [{ ...offer, status: 'self-referral' }, 'This is your own referral link'],
    [{ ...offer, status: 'expired' }, 'This offer has expired'],
    [{ ...offer, status: 'exhausted' }, 'This offer has already been used up.'],
  ] as const)('gives a polite message for %j', async (friendOffer, message) => {
    const calls = callbacks();
    await show(friendRequest({ friendOffer }), calls);
    expect(get('#gv-title').textContent).toBe('Welcome to Acme Tea!');
    expect(get('.note').textContent).toContain(message);
    expect(get('.note').getAttribute('role')).toBe('status');
    expect(shadow().querySelector('form')).toBeNull();
  });

  it('does not link terms that are not http(s)', async () => {
    await show(
      friendRequest({ friendOffer: { ...offer, termsUrl: 'javascript:alert(1)' } }),
      callbacks(),
    );
    expect(shadow().querySelector('a.terms')).toBeNull();
  });

  it('waits for a pending offer without stealing focus from the page in a corner', async () => {
    let resolve: (value: FriendOffer) => void = () => {};
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    await show(
      friendRequest({ placement: 'corner', friendOffer: new Promise((done) => (resolve = done)) }),
      callbacks(),
    );
    expect(shadow().querySelectorAll('.skel')).toHaveLength(2);
    resolve(offer);
    await settle();
    expect(get('#gv-title').textContent).toBe('Anna gave you 20% off');
    expect(document.activeElement).toBe(outside);
  });
});
