// The type scale, buttons and fields the prompts and the inline panel share. Pixel units on
// purpose: a host page that sets `html { font-size: 62.5% }` must not shrink the prompt.
// Logical properties and custom properties throughout, so RTL and the dark scheme only swap
// values. The floating frame's own rules are in frame-css.ts (the panel has no frame).
// The ghost buttons, button rows and badge only prompts show: the panel's sheet
// (`panelBaseCss`) leaves them out, the prompts' keeps the rules in the same order.
const head = `
.root{all:initial;display:block;
--b:var(--gv-brand,#4f46e5);--r:var(--gv-radius,16px);
--s:#fff;--t:#111827;--m:#4b5563;--l:#e5e7eb;--f:#f9fafb;--h:#f3f4f6;--k:var(--gv-ink-light,#4338ca);
font:400 15px/1.5 var(--gv-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);
color:var(--t);-webkit-font-smoothing:antialiased}
.root[data-scheme=dark]{--s:#18181b;--t:#f4f4f5;--m:#a1a1aa;--l:#3f3f46;--f:#27272a;--h:#27272a;--k:var(--gv-ink-dark,#a5b4fc)}
*,*::before,*::after{box-sizing:border-box}
h2{margin:0 0 6px;padding-inline-end:28px;font-size:20px;line-height:28px;font-weight:650;letter-spacing:-.01em;overflow-wrap:anywhere}
p{margin:0;color:var(--m);overflow-wrap:anywhere}
button,a,input,textarea{font:inherit;color:inherit;letter-spacing:inherit}
button{cursor:pointer;border:0;background:none;margin:0}
:focus-visible{outline:2px solid var(--k);outline-offset:2px}
h2:focus{outline:none}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;min-block-size:44px;padding:0 18px;border-radius:calc(var(--r)*.625);font-weight:600;text-decoration:none;white-space:nowrap}
.primary{background:var(--b);color:var(--gv-on-brand,#fff)}
.primary:hover{filter:brightness(1.08)}
`;
const promptButtons = `.ghost{color:var(--m)}
.ghost:hover,.x:hover{background:var(--h);color:var(--t)}
.row{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-block-start:20px}
.end{justify-content:flex-end}
`;
const fields = `label{display:block;font-weight:600;margin-block:16px 8px}
textarea,input{display:block;inline-size:100%;border:1px solid var(--l);border-radius:calc(var(--r)*.625);background:var(--f);padding:10px 12px;font-size:15px}
.hint{font-size:13px;margin-block:2px 12px}
`;
const badge = `.badge{inline-size:48px;block-size:48px;border-radius:50%;display:grid;place-items:center;margin-block-end:16px;color:var(--k);background:color-mix(in srgb,var(--b) 12%,var(--s))}
`;
const tail = `.note{margin-block-start:16px;padding:12px 14px;border-radius:calc(var(--r)*.625);background:var(--h);color:var(--t)}
.sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;

/** The prompts' shared rules. */
export const baseCss = head + promptButtons + fields + badge + tail;

/** The inline panel's: the same without what only prompts show. */
export const panelBaseCss = head + fields + tail;
