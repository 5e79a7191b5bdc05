/**
 * What a page shows, and so which part of a locale it downloads: the post-purchase prompts
 * (NPS and referral in one part, since a promoter goes on to the referral step), the friend
 * offer, or the programme page's `<grapevine-referral>` panel.
 */
export type Surface = 'prompt' | 'friend' | 'panel';

/** Every surface, in the order their parts are merged when a caller names no kind. */
export const SURFACES: readonly Surface[] = ['prompt', 'friend', 'panel'];

/**
 * The surface that shows a prompt kind, or the panel (`'panel'`). A kind not listed here
 * loads every surface's part.
 */
export const SURFACE_OF_KIND: Readonly<Record<string, Surface>> = {
  nps: 'prompt',
  referral: 'prompt',
  'friend-offer': 'friend',
  panel: 'panel',
};
