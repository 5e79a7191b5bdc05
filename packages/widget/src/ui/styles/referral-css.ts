// The link field, terms and loading skeleton (every surface with a link or a code: the
// referral step, the friend offer's coupon, the panel).
export const linkCss = `
.link{display:flex;gap:8px}
.link input{flex:1;min-inline-size:0;min-block-size:44px;font-size:14px;text-overflow:ellipsis}
.terms{display:inline-flex;align-items:center;min-block-size:44px;font-size:13px;color:var(--m)}
.skel{margin-block-start:40px;block-size:44px;border-radius:calc(var(--r)*.625);background:var(--h)}
.skel+.skel{margin-block-start:16px;inline-size:60%}
@media (prefers-reduced-motion:no-preference){.skel{animation:pulse 1.2s ease-in-out infinite}}
@keyframes pulse{50%{opacity:.5}}
`;

// The share chips (the referral step and the panel; not the friend offer: it has none); the
// referral step's footer apart (footCss), as the panel has none.
export const referralCss = `${linkCss}
.sub{margin:20px 0 8px;font-size:13px;font-weight:600;color:var(--m)}
.chips{display:flex;flex-wrap:wrap;gap:8px;list-style:none;margin:0;padding:0}
.chip{display:inline-flex;align-items:center;min-block-size:44px;padding:0 16px;border:1px solid var(--l);border-radius:999px;font-size:14px;font-weight:500;text-decoration:none}
.chip:hover{border-color:var(--b);background:color-mix(in srgb,var(--b) 6%,var(--s))}
`;

/** The referral prompt's footer (snooze, opt out, terms): the panel has none. */
export const footCss = `.foot{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin:24px 0 -10px;padding-block-start:12px;border-block-start:1px solid var(--l)}
.foot .btn{padding:0 10px;font-weight:500;font-size:14px}
.foot .btn:first-child{margin-inline-start:-10px}
.foot .terms{margin-inline:auto -10px;padding-inline:10px}
`;
