// The NPS scale, follow-up, referral link, share chips and footer.
export const promptCss = `
.scale{display:grid;grid-template-columns:repeat(11,1fr);gap:6px;margin-block-start:20px}
.scale button{min-block-size:44px;border-radius:calc(var(--r)*.5);border:1px solid var(--l);background:var(--s);font-weight:600;font-variant-numeric:tabular-nums}
.scale button:hover{border-color:var(--b);background:color-mix(in srgb,var(--b) 8%,var(--s))}
.scale [aria-checked=true]{background:var(--b);border-color:var(--b);color:var(--gv-on-brand,#fff)}
.ends{display:flex;justify-content:space-between;margin-block-start:8px;font-size:13px;color:var(--m)}
@media (max-width:440px){.scale{grid-template-columns:repeat(6,1fr)}.scale button:nth-child(7){grid-column-start:2}}
label{display:block;font-weight:600;margin-block:16px 8px}
textarea,input{display:block;inline-size:100%;border:1px solid var(--l);border-radius:calc(var(--r)*.625);background:var(--f);padding:10px 12px;font-size:15px}
textarea{min-block-size:96px;resize:vertical}
.hint{font-size:13px;margin-block:2px 12px}
.badge{inline-size:48px;block-size:48px;border-radius:50%;display:grid;place-items:center;margin-block-end:16px;color:var(--k);background:color-mix(in srgb,var(--b) 12%,var(--s))}
.link{display:flex;gap:8px}
.link input{flex:1;min-inline-size:0;min-block-size:44px;font-size:14px;text-overflow:ellipsis}
.sub{margin:20px 0 8px;font-size:13px;font-weight:600;color:var(--m)}
.chips{display:flex;flex-wrap:wrap;gap:8px;list-style:none;margin:0;padding:0}
.chip{display:inline-flex;align-items:center;min-block-size:44px;padding:0 16px;border:1px solid var(--l);border-radius:999px;font-size:14px;font-weight:500;text-decoration:none}
.chip:hover{border-color:var(--b);background:color-mix(in srgb,var(--b) 6%,var(--s))}
.foot{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin:24px 0 -10px;padding-block-start:12px;border-block-start:1px solid var(--l)}
.foot .btn{padding:0 10px;font-weight:500;font-size:14px}
.foot .btn:first-child{margin-inline-start:-10px}
.terms{margin-inline:auto -10px;padding:12px 10px;font-size:13px;color:var(--m)}
.note{margin-block-start:16px;padding:12px 14px;border-radius:calc(var(--r)*.625);background:var(--h);color:var(--t)}
.skel{margin-block-start:40px;block-size:44px;border-radius:calc(var(--r)*.625);background:var(--h)}
.skel+.skel{margin-block-start:16px;inline-size:60%}
@media (prefers-reduced-motion:no-preference){.skel{animation:pulse 1.2s ease-in-out infinite}}
@keyframes pulse{50%{opacity:.5}}
`;
