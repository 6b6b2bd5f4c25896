import { html } from './markup'
import type { FactFigure, FactPosition, FactSheet } from '../../factsheet/model'
import { mostTellingStatement } from '../../factsheet/glance'
import { glanceLabels } from '../../vocabulary'
import { formatDateRange } from '../format-date'
import { statementAnchors, type StatementAnchors } from '../statement-anchors'
import { citationHtml } from './Citation'
import { SourceList } from './SourceList'
import { stanceBadgeHtml } from './StanceBadge'
import { statementHtml } from './Statement'
import { tellingCellHtml } from './telling-cell'
import { EventList } from './TimelinePage'

/** Statement id -> the anchors published for it before ids were names (`russia-5`), indexed once per page. */
const publishedAnchors = (sheet: FactSheet) => {
  const index = new Map<string, string[]>()
  for (const [anchor, id] of Object.entries(sheet.anchors)) index.set(id, [...(index.get(id) ?? []), anchor])
  return index
}

/** One actor's row at a glance: stance with basis, and the most telling statement linked to its copy below. */
const glanceRowHtml = (p: FactPosition, anchorOf: StatementAnchors) =>
  html`<tr><th scope="row"><a href="#${p.actor}">${p.actorName}</a></th><td>${stanceBadgeHtml(p.stance, p.stanceWithBasis)}</td><td>${tellingCellHtml(mostTellingStatement(p), (s) => `#${anchorOf(p.actor, s.id)}`)}</td></tr>`

/** One actor's section: stance, summary, and every statement with the anchors published for it before. */
const positionHtml = (p: FactPosition, anchorOf: StatementAnchors, published: Map<string, string[]>) =>
  html`<section id="${p.actor}" aria-labelledby="${p.actor}-h"><h2 id="${p.actor}-h">${p.actorName}</h2><p>${stanceBadgeHtml(p.stance, p.stanceWithBasis)}</p><p>${p.summary}</p>${p.statements.map((s) =>
    statementHtml(s, anchorOf(p.actor, s.id), published.get(s.id)?.filter((a) => a.startsWith(`${p.actor}-`))),
  )}</section>`

const figureHtml = (f: FactFigure) =>
  html`<dt>${f.label}</dt><dd>${f.value} ${f.sources.map((s) => html`${citationHtml(s)} `)}</dd>`

/** A topic's fact sheet: stance table, one section per actor, figures, numbered sources. */
export const FactSheetPage = ({ sheet }: { sheet: FactSheet }) => {
  const anchorOf = statementAnchors(sheet.positions)
  const published = publishedAnchors(sheet)
  return (
  <article>
    <h1>{sheet.title}</h1>
    <p class="lede">{sheet.summary}</p>
    <p class="meta">
      Sources published {formatDateRange(sheet.dateRange)} · {sheet.articles.length} outlets ·{' '}
      {sheet.references.length} cited paragraphs
    </p>
    <ul class="formats">
      <li>
        <a class="button" href={`/topics/${sheet.slug}.pdf`} download={`${sheet.slug}.pdf`}>
          Download PDF
        </a>
      </li>
      <li>
        <a class="button" href={`/api/topics/${sheet.slug}`}>
          JSON
        </a>
      </li>
      <li>
        <a class="button" href={`/topics/${sheet.slug}.md`}>
          Markdown
        </a>
      </li>
    </ul>
    <section class="glance" aria-labelledby="glance-h">
      <h2 id="glance-h">{glanceLabels.heading}</h2>
      <table>
        <caption class="meta">Where each actor stands, and the words that show it best</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Stance</th>
            <th scope="col">{glanceLabels.statement}</th>
          </tr>
        </thead>
        <tbody>{sheet.positions.map((p) => glanceRowHtml(p, anchorOf))}</tbody>
      </table>
    </section>
    {sheet.positions.map((p) => positionHtml(p, anchorOf, published))}
    {sheet.figures.length > 0 ? (
      <section id="figures" aria-labelledby="figures-h">
        <h2 id="figures-h">Key figures</h2>
        <dl class="facts">{sheet.figures.map(figureHtml)}</dl>
      </section>
    ) : null}
    {sheet.events.length > 0 ? (
      <section id="timeline" aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <EventList events={sheet.events} headingLevel={3} />
        <p class="meta">
          <a href="/timeline">Every dated event in {sheet.sourcesPhrase}</a>
        </p>
      </section>
    ) : null}
    <section id="sources" aria-labelledby="sources-h">
      <h2 id="sources-h">Sources</h2>
      <SourceList references={sheet.references} />
    </section>
  </article>
)
}
