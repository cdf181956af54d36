/**
 * The clinician page's stylesheet. Inline, so a page saved or printed from the browser keeps it, and
 * allowed by its hash in the page's CSP (report/page.ts), so no other style and no script can run.
 */
export const REPORT_CSS = `:root{color-scheme:light;--fg:#1d2433;--muted:#5a6478;--line:#d9dee8;--panel:#f4f6fa;--alert:#a61b1b}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fff;overflow-wrap:anywhere}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
.disclaimer{font-weight:600;margin:.25rem 0 1rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0}

.headline{font-size:1.1rem;font-weight:600;margin:.25rem 0}
.level{color:var(--muted);font-weight:normal}
.urgency-same-day .headline,.urgency-emergency .headline{color:var(--alert)}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
th{font-weight:600;color:var(--muted)}
tr.positive td,tr.unsure td{font-weight:600}
tr.positive td{color:var(--alert)}
ol.ranked>li{margin-bottom:.5rem}
ul.evidence{list-style:none;padding-left:.75rem;margin:.2rem 0;color:var(--muted)}
pre{white-space:pre-wrap;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.75rem;font-size:.85rem}
footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
@media (max-width:30rem){
dl.meta{grid-template-columns:1fr}
table,tbody,tr,td{display:block}
thead{display:none}
tr{border-bottom:1px solid var(--line);padding:.35rem 0}
td{border:0;padding:0}
td::before{content:attr(data-label) ": ";color:var(--muted)}
}
@media print{
@page{margin:15mm}
body{font-size:10.5pt}
main{max-width:none;padding:0}
details.plain-text{display:none}
ol.ranked>li{break-inside:avoid}
h2{break-after:avoid}
tr{break-inside:avoid}
}
`;
