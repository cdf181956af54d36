/** The docs page's stylesheet, served from /docs/docs.css so the page's CSP needs no inline styles. */
export const DOCS_CSS = `:root{color-scheme:light dark;--fg:#1d2433;--muted:#5a6478;--bg:#fff;--panel:#f4f6fa;--line:#d9dee8;--link:#1f5fbf}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ef;--muted:#a3acbd;--bg:#14171d;--panel:#1d222b;--line:#323a47;--link:#8ab4ff}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:62rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
a{color:var(--link)}
h1 small{font-size:.5em;color:var(--muted);font-weight:normal}
h2{margin-top:3rem;padding-top:.5rem;border-top:2px solid var(--line)}
h3{margin:2rem 0 .25rem}
h4{margin:1.25rem 0 .25rem}
h5{margin:.75rem 0 .25rem;font-size:1rem}
section{scroll-margin-top:1rem}
section:target{outline:2px solid var(--link);outline-offset:.5rem;border-radius:2px}
.summary{color:var(--muted);margin-top:0}
code{font:.9em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--panel);padding:.1em .3em;border-radius:4px}
pre{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.75rem;overflow:auto;max-height:32rem}
pre code{background:none;padding:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
td p{margin:0}
ul.responses{list-style:none;padding-left:0}
ul.fields,ul.variants{padding-left:1.25rem}
.type{color:var(--muted)}
.flag{font-size:.8em;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 .3em}
details.example{margin:.5rem 0}
details.example summary{cursor:pointer}
nav ul{columns:2;padding-left:1.25rem}
@media (max-width:40rem){nav ul{columns:1}}
.guide h2{border-top:2px solid var(--line)}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.options label{display:inline-block;min-width:7rem}
.options select,.options input,button{font:inherit;min-height:2.25rem}
.options input[type=checkbox]{min-height:auto;width:1.25rem;height:1.25rem;vertical-align:middle}
.about{color:var(--muted);margin-top:-.5rem}
.preview{border:1px dashed var(--line);border-radius:8px;padding:1rem}
.snippet pre{white-space:pre-wrap;word-break:break-all}
button{cursor:pointer;padding:.25rem .9rem}
`;
