// The inline referral panel: part of the page's flow, not a floating card.
export const panelCss = `
:host{display:block}
.panel{background:var(--s);color:var(--t);border:1px solid var(--l);border-radius:var(--r);padding:28px}
.steps{margin:0;padding:0;list-style:none;display:grid;gap:10px;counter-reset:step}
.steps li{display:flex;gap:12px;align-items:center;color:var(--m);counter-increment:step}
.steps li::before{content:counter(step);flex:none;inline-size:28px;block-size:28px;border-radius:50%;display:grid;place-items:center;font-weight:600;font-size:14px;color:var(--k);background:color-mix(in srgb,var(--b) 12%,var(--s))}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:8px;margin:0}
.stats div{padding:12px 14px;border-radius:calc(var(--r)*.625);background:var(--h)}
.stats dt{font-size:13px;color:var(--m)}
.stats dd{margin:0;font-size:20px;font-weight:650;font-variant-numeric:tabular-nums}
h3{font:inherit}
`;
