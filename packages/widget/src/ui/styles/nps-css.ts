// The 0–10 scale and the follow-up field.
export const npsCss = `
.scale{display:grid;grid-template-columns:repeat(11,1fr);gap:6px;margin-block-start:20px}
.scale button{min-block-size:44px;border-radius:calc(var(--r)*.5);border:1px solid var(--l);background:var(--s);font-weight:600;font-variant-numeric:tabular-nums}
.scale button:hover{border-color:var(--b);background:color-mix(in srgb,var(--b) 8%,var(--s))}
.scale [aria-checked=true]{background:var(--b);border-color:var(--b);color:var(--gv-on-brand,#fff)}
.ends{display:flex;justify-content:space-between;margin-block-start:8px;font-size:13px;color:var(--m)}
@container (max-width:440px){.scale{grid-template-columns:repeat(6,1fr)}.scale button:nth-child(7){grid-column-start:2}}
textarea{min-block-size:96px;resize:vertical}
`;
