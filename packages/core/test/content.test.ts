import { describe, expect, it } from 'vitest';
import { resolveMessages } from '../src/index.js';

const campaign = {
  en: { title: 'Love us?', body: 'Tell a friend' },
  da: { title: 'Glad for os?' },
  'da-DK': { body: 'Fortæl en ven' },
};
const variant = { en: { title: 'Give 20 %' }, da: { title: 'Giv 20 %' } };

describe('resolveMessages', () => {
  it.each([
    {
      locale: 'en-US',
      sources: [campaign],
      expected: { title: 'Love us?', body: 'Tell a friend' },
    },
    {
      locale: 'da-DK',
      sources: [campaign],
      expected: { title: 'Glad for os?', body: 'Fortæl en ven' },
    },
    {
      locale: 'da',
      sources: [campaign],
      expected: { title: 'Glad for os?', body: 'Tell a friend' },
    },
    { locale: 'fi', sources: [campaign], expected: { title: 'Love us?', body: 'Tell a friend' } },
    {
      locale: 'da-DK',
      sources: [campaign, variant],
      expected: { title: 'Giv 20 %', body: 'Fortæl en ven' },
    },
    { locale: 'en', sources: [undefined, variant], expected: { title: 'Give 20 %' } },
    { locale: 'ja', sources: [], expected: {} },
  ])('$locale', ({ locale, sources, expected }) => {
    expect(resolveMessages(locale, ...sources)).toEqual(expected);
  });
});
