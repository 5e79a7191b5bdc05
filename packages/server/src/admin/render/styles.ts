import { SafeHtml } from './html.js';

/** The dashboard's whole stylesheet: inline, no fonts or scripts to download. */
export const DASHBOARD_CSS = new SafeHtml(`
:root{--bg:#f6f5f2;--card:#fff;--ink:#1d1b26;--muted:#6b6878;--line:#e9e6ef;--accent:#6d28d9;--accent-soft:#f1ebfd;
--promoter:#16a34a;--passive:#f2b01e;--detractor:#e0453a;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--accent)}
header{display:flex;align-items:center;gap:16px;flex-wrap:wrap;padding:18px 32px;background:var(--card);border-bottom:1px solid var(--line)}
header h1{font-size:19px;margin:0;display:flex;align-items:center;gap:10px;font-weight:650}
header .site{color:var(--muted);font-weight:450}
header nav{margin-left:auto;display:flex;gap:8px;flex-wrap:wrap}
.button{display:inline-flex;align-items:center;gap:6px;padding:7px 12px;border:1px solid var(--line);border-radius:8px;background:var(--card);color:var(--ink);text-decoration:none;font-size:14px}
.button:hover{border-color:var(--accent);color:var(--accent)}
.button.current{background:var(--accent-soft);border-color:var(--accent-soft);color:var(--accent);font-weight:600}
main{max-width:1180px;margin:0 auto;padding:24px 32px 48px;display:grid;gap:20px;grid-template-columns:repeat(12,1fr)}
.card{min-width:0;grid-column:span 12;background:var(--card);border:1px solid var(--line);border-radius:14px;padding:20px 22px;box-shadow:0 1px 2px rgba(29,27,38,.04)}
.card h2{font-size:16px;margin:0 0 2px;font-weight:650}
.card .sub{color:var(--muted);font-size:13px;margin:0 0 14px}
.half{grid-column:span 6}
@media (max-width:900px){.half{grid-column:span 12}main{padding:16px;gap:14px}header{padding:14px 16px}header nav{margin-left:0}.kpi .value{font-size:24px}}
.kpis{grid-column:span 12;display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:14px}
.kpi{background:var(--card);border:1px solid var(--line);border-radius:14px;padding:14px 18px}
.kpi .label{color:var(--muted);font-size:13px}
.kpi .value{font-size:30px;font-weight:700;letter-spacing:-.02em;margin-top:2px}
.kpi .note{color:var(--muted);font-size:12.5px}
.kpi.nps .value{color:var(--accent)}
.chart{width:100%;height:auto;display:block;font-size:12px}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
.scroll>.chart{min-width:620px}
.scroll>table{min-width:640px}
.chart .grid{stroke:var(--line)}
.chart .axis{stroke:#c9c4d6}
.chart .tick{fill:var(--muted);font-size:11px}
.chart .n{font-size:10px}
.chart .line{fill:none;stroke:var(--accent);stroke-width:2.5;stroke-linejoin:round}
.chart .dot{fill:var(--card);stroke:var(--accent);stroke-width:2.5}
.chart .value{fill:var(--ink);font-weight:650;font-size:11.5px}
.chart .empty{fill:#f3f1f6}
.chart .hover{fill:transparent}
.chart .week:hover .hover{fill:#faf8fd}
.chart .track{fill:#f6f4f9}
.chart .bar{fill:var(--accent)}
.chart .label{fill:var(--ink);font-size:13px}
.chart .count{fill:var(--ink);font-size:13px;font-weight:650}
.chart .rate{fill:var(--muted);font-weight:400}
.legend{display:flex;gap:14px;flex-wrap:wrap;color:var(--muted);font-size:13px;margin-top:6px}
.legend i,.chip i{display:inline-block;width:10px;height:10px;border-radius:3px;margin-right:6px;vertical-align:-1px}
.chip{display:inline-flex;align-items:center;padding:3px 10px;border-radius:999px;background:#f6f4f9;font-size:12.5px;margin:0 6px 6px 0}
.chip b{margin-left:6px}
.comments{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
@media (max-width:900px){.comments{grid-template-columns:1fr}}
.comments h3{font-size:13px;text-transform:uppercase;letter-spacing:.06em;margin:0 0 8px;display:flex;align-items:center;gap:8px}
.comments h3 i{width:10px;height:10px;border-radius:50%;display:inline-block}
.comments ul{list-style:none;margin:0;padding:0;display:grid;gap:10px}
.comments li{border:1px solid var(--line);border-radius:10px;padding:10px 12px;background:#fcfbfd}
.comments blockquote{margin:0 0 6px;white-space:pre-wrap;overflow-wrap:anywhere}
.comments .meta{color:var(--muted);font-size:12px;display:flex;gap:8px;align-items:center}
.score{display:inline-block;min-width:24px;text-align:center;border-radius:6px;color:#fff;font-weight:700;font-size:12px;padding:1px 6px}
.empty-note{color:var(--muted);font-size:14px;padding:8px 0}
table{width:100%;border-collapse:collapse;font-size:14px}
th{text-align:left;color:var(--muted);font-weight:550;font-size:12.5px;border-bottom:1px solid var(--line);padding:8px 10px;white-space:nowrap}
td{border-bottom:1px solid var(--line);padding:9px 10px;vertical-align:middle;white-space:nowrap}
tr:last-child td{border-bottom:none}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td code,.evidence code,.notice code,.audit code{font-size:12.5px;background:#f6f4f9;padding:2px 6px;border-radius:5px}
.snippet{margin:0;font-size:12.5px;background:#f6f4f9;padding:12px 14px;border-radius:8px;white-space:pre-wrap;overflow-wrap:anywhere}
.interval{display:flex;align-items:center;gap:8px;justify-content:flex-end;font-variant-numeric:tabular-nums}
.interval small{color:var(--muted)}
.interval svg{width:72px;height:14px}
.muted{color:var(--muted);font-size:12.5px}
.best{color:var(--promoter);font-weight:650;font-size:12px}
.tabs{display:flex;gap:4px;margin-left:8px}
.tab{padding:7px 12px;border-radius:8px;color:var(--ink);text-decoration:none;font-size:14px;font-weight:550}
.tab:hover{background:#f6f4f9}
.tab.current{background:var(--accent-soft);color:var(--accent)}
.badge{display:inline-block;min-width:20px;padding:0 6px;border-radius:999px;background:#e0453a;color:#fff;font-size:12px;text-align:center}
.notice{grid-column:span 12;border-radius:12px;padding:12px 16px;background:#ecfdf3;border:1px solid #b7ebc9;color:#14532d}
.notice.warn{background:#fff8e6;border-color:#f5d48a;color:#713f12}
.notice.error{background:#fdecea;border-color:#f3b4ae;color:#7f1d1d}
.state{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;background:#f1f0f4;color:var(--muted)}
.state.pending{background:#fff4d6;color:#8a5a00}.state.held{background:#fde7e4;color:#a12a1f}
.state.approved{background:#e3f6ea;color:#14632f}.state.fulfilled{background:#dcf3f9;color:#0b5d73}
.state.voided,.state.rejected,.state.reversed{background:#eeeef1;color:#55525f;text-decoration:line-through}
.review{display:grid;gap:14px}
.held-card{border:1px solid var(--line);border-radius:12px;padding:14px 16px;background:#fcfbfd;display:grid;gap:12px}
.held-card h3{margin:0;font-size:15px;display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.evidence{display:grid;grid-template-columns:repeat(auto-fit,minmax(210px,1fr));gap:10px 18px;margin:0}
.evidence div{min-width:0}
.evidence dt{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
.evidence dd{margin:2px 0 0;overflow-wrap:anywhere}
.signals{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}
.signal{border-radius:8px;padding:3px 9px;font-size:12.5px;background:#fdecea;color:#7f1d1d;border:1px solid #f3b4ae}
.signal.none{background:#f1f0f4;color:var(--muted);border-color:var(--line)}
.actions{display:flex;gap:10px;flex-wrap:wrap;align-items:flex-end}
.actions form{display:flex;gap:8px;align-items:flex-end;flex-wrap:wrap;margin:0}
label.field{display:grid;gap:3px;font-size:12.5px;color:var(--muted)}
input[type=text],input[type=file]{font:inherit;font-size:14px;padding:6px 9px;border:1px solid #d6d2df;border-radius:8px;background:#fff;color:var(--ink);min-width:240px}
button{font:inherit;font-size:14px;padding:7px 14px;border-radius:8px;border:1px solid var(--accent);background:var(--accent);color:#fff;font-weight:600;cursor:pointer}
button.secondary{background:#fff;color:#a12a1f;border-color:#e8b4ae}
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #b9a3ee;outline-offset:2px}
.audit{list-style:none;margin:0;padding:0;display:grid;gap:6px;font-size:13.5px}
.audit li{display:flex;gap:8px;flex-wrap:wrap;align-items:baseline}
.audit time{color:var(--muted);font-variant-numeric:tabular-nums;min-width:140px}
.filters{display:flex;gap:6px;flex-wrap:wrap;margin-bottom:10px}
.error-text{color:#a12a1f;white-space:normal;max-width:360px;overflow-wrap:anywhere}
footer{max-width:1180px;margin:0 auto;padding:0 32px 32px;color:var(--muted);font-size:12.5px}
`);
