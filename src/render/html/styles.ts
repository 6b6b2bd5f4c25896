import { stanceColors } from '../../vocabulary'

const stanceVars = Object.entries(stanceColors)
  .map(([stance, hex]) => `--${stance}:${hex}`)
  .join(';')

/** The one stylesheet, served from /style.css so the CSP can forbid inline styles. */
export const stylesheet = `
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--accent:#0b5cad;--warn:#8a4b00;--warnbg:#fff4e0;
${stanceVars}}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:var(--ink);background:var(--bg);-webkit-text-size-adjust:100%}
body{margin:0}
a{color:var(--accent)}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem}
header.site,footer.site{border-bottom:1px solid var(--line);padding:.6rem 1rem}
footer.site{border-top:1px solid var(--line);border-bottom:0;color:var(--muted);font-size:.875rem;margin-top:3rem}
header.site nav{max-width:46rem;margin:0 auto}
header.site nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
header.site .brand{font-weight:700;text-decoration:none;color:var(--ink)}
main{max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
.lede{font-size:1.075rem}
.meta{color:var(--muted);font-size:.9rem}
.formats{display:flex;flex-wrap:wrap;gap:.5rem 1rem;padding:0;list-style:none}
.button{display:inline-block;border:1px solid var(--accent);border-radius:.3rem;padding:.25rem .7rem;text-decoration:none}
caption{text-align:left}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
/* Speaker tables hold long role and grade words: let them hyphenate rather than widen a phone screen. */
table.speakers th,table.speakers td{hyphens:auto;overflow-wrap:anywhere}table.speakers .meta{display:block}
/* An actor's topics at a glance: long topic titles, stances and quotes in three columns on a phone. */
table.glance th,table.glance td{hyphens:auto;overflow-wrap:anywhere}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
.stance-supports{color:var(--supports)}.stance-opposes{color:var(--opposes)}.stance-conditional{color:var(--conditional)}
.stance-ambiguous{color:var(--ambiguous)}.stance-none{color:var(--none);font-weight:400}
.statement{margin:1rem 0;padding:0 0 0 .9rem;border-left:3px solid var(--line)}
.statement blockquote{margin:0}
.statement blockquote p{margin:.25rem 0}
.kind{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.speaker{margin:.25rem 0;font-size:.95rem}
.cites{margin:.25rem 0;font-size:.875rem}
.wordings{margin:.25rem 0 0;padding-left:1.1rem;font-size:.95rem}
.single{color:var(--warn)}
.note{background:var(--warnbg);color:var(--warn);padding:.1rem .35rem;border-radius:.2rem;font-size:.85rem}
ol.refs{padding-left:1.75rem;font-size:.95rem}
ol.refs li{margin:.35rem 0}
.topics{list-style:none;padding:0}
.topics li{margin:0 0 1.25rem}
.topics h2{border:0;margin:0;font-size:1.2rem}
.paragraphs p{margin:.75rem 0}
.paragraphs p:target{background:#fff8c5;outline:2px solid #d4a72c;outline-offset:4px}
.pnum{font-size:.8rem;color:var(--muted);text-decoration:none;margin-right:.4rem}
dl.facts{display:grid;grid-template-columns:fit-content(40%) minmax(0,1fr);gap:.25rem 1rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0;overflow-wrap:anywhere}
@media print{header.site,footer.site,.formats,.skip{display:none}
main{max-width:none;padding:0}a{color:inherit;text-decoration:none}
.statement,figure{break-inside:avoid}h2,h3{break-after:avoid}}
/* Stance badges: symbol + label, so a stance never rests on colour alone; colours keep 4.5:1 on white. */
.stance-badge{font-weight:600}
.stance-badge.stance-none{font-weight:400}
.stance-mark{font-weight:700}
.legend,.stance-counts{list-style:none;padding:0;margin:.5rem 0 1rem}
.legend li{margin:.2rem 0}
.topics .stance-counts li{margin:0}
.stance-counts{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.95rem}
main:has(> .wide){max-width:70rem}
.matrix-scroll{position:relative;overflow-x:auto;margin:.5rem 0;border:1px solid var(--line);border-radius:.3rem}
.matrix-scroll:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
table.matrix{margin:0;min-width:44rem;font-size:.95rem}
table.matrix caption{text-align:left;padding:.4rem .5rem;color:var(--muted);font-size:.875rem}
table.matrix th[scope=row]{position:sticky;left:0;z-index:1;background:var(--bg);min-width:9rem;max-width:13rem;box-shadow:1px 0 0 var(--line)}
table.matrix td{min-width:7.5rem}
table.matrix td a{text-decoration:none;display:block}
table.matrix td a:hover .stance-badge,table.matrix td a:focus-visible .stance-badge{text-decoration:underline}
table.matrix .count{display:block;font-size:.8rem}
td.cell-supports{box-shadow:inset 3px 0 0 var(--supports)}td.cell-opposes{box-shadow:inset 3px 0 0 var(--opposes)}
td.cell-conditional{box-shadow:inset 3px 0 0 var(--conditional)}td.cell-ambiguous{box-shadow:inset 3px 0 0 var(--ambiguous)}
.filter-notice{border:1px solid var(--line);border-left:4px solid var(--accent);padding:.25rem .75rem;margin:.5rem 0 1rem}
.filter-notice p{margin:.35rem 0}
@media print{.matrix-scroll{overflow:visible;border:0}table.matrix{min-width:0}}
.timeline{list-style:none;padding:0;margin:1rem 0}
.timeline>li{margin:0 0 1.25rem;padding:0 0 0 .9rem;border-left:3px solid var(--line)}
.timeline>li:target{border-left-color:var(--accent)}
.event-date{margin:0;font-weight:600;color:var(--muted);font-size:.9rem}
.timeline .event-title{border:0;margin:.1rem 0 .25rem;padding:0;font-size:1.1rem}
.timeline q{quotes:none}
form.search{margin:1rem 0 1.5rem}
form.search label{display:block;font-weight:600;margin-bottom:.25rem}
.search-row{display:flex;flex-wrap:wrap;gap:.5rem}
.search-row input{flex:1 1 16rem;font:inherit;padding:.35rem .5rem;border:1px solid var(--muted);border-radius:.3rem}
.search-row button{font:inherit;padding:.35rem .9rem;border:1px solid var(--accent);border-radius:.3rem;background:var(--accent);color:#fff}
ol.results{padding-left:1.5rem}
ol.results>li{margin:0 0 1.25rem}
ol.results blockquote{margin:.25rem 0}
ol.results blockquote p{margin:0}
@media print{form.search{display:none}}
`
