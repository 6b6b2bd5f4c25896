import type { FactEvent, Timeline } from '../../factsheet/model'
import { formatEventDate } from '../format-date'
import { raw } from 'hono/html'
import { html } from './markup'
import { citationHtml } from './Citation'
import { SourceList } from './SourceList'
import { printedWording } from '../../vocabulary'

/** One event; a template for the reason given at citationHtml (every event, every outlet's words). */
const eventHtml = (e: FactEvent, headingLevel: 2 | 3, topics: Timeline['topics'] | undefined) => {
  const heading = headingLevel === 2 ? 'h2' : 'h3'
  const onTopics = topics ? topics.filter((t) => e.topics.includes(t.slug)) : []
  const reports = e.reports.map(
    (r) => html`<li>${r.source.outlet}: ${printedWording('quote', r.text)} ${citationHtml(r.source)}</li>`,
  )
  const sheets =
    onTopics.length > 0
      ? html`<p class="cites">On the fact sheets: ${onTopics.map((t, i) => html`${i > 0 ? ' · ' : ''}<a href="/topics/${t.slug}#event-${e.id}">${t.title}</a>`)}</p>`
      : topics
        ? html`<p class="cites meta">Not on any fact sheet: no topic covers it.</p>`
        : ''
  return html`<li id="event-${e.id}"><p class="event-date"><time datetime="${e.date}">${formatEventDate(e)}</time>${e.precision !== 'day' ? html`<span class="meta"> (no exact day in the sources)</span>` : ''}</p>${raw(`<${heading} class="event-title">`)}${e.title}${raw(`</${heading}>`)}${e.dateNote ? html`<p class="meta">Date: ${e.dateNote}</p>` : ''}${e.caution ? html`<p class="note">${e.caution}</p>` : ''}<ul class="wordings">${reports}</ul>${sheets}</li>`
}

/** Dated events, each with how its date was established and every outlet's words; links to topic sheets when `topics` is given. */
export const EventList = ({
  events,
  headingLevel,
  topics,
}: {
  events: FactEvent[]
  headingLevel: 2 | 3
  topics?: Timeline['topics']
}) => html`<ol class="timeline">${events.map((e) => eventHtml(e, headingLevel, topics))}</ol>`

/** Every dated event of the sources, oldest first, with its sources and the fact sheets it belongs to. */
export const TimelinePage = ({ timeline }: { timeline: Timeline }) => (
  <article>
    <h1>Timeline</h1>
    <p class="lede">
      The dated events {timeline.sourcesPhrase} mention, oldest first, each in the outlets’ own words with a link to the
      paragraph. Where a report gives only a month, a year or a weekday, the note under the event says how the date
      was worked out.
    </p>
    <ul class="formats">
      <li>
        <a class="button" href="/api/timeline">
          JSON
        </a>
      </li>
    </ul>
    <EventList events={timeline.events} headingLevel={2} topics={timeline.topics} />
    <section id="sources" aria-labelledby="sources-h">
      <h2 id="sources-h">Sources</h2>
      <SourceList references={timeline.references} />
    </section>
  </article>
)
