import type { FactEvent, Timeline } from '../../factsheet/model'
import { formatEventDate } from '../format-date'
import { Citation } from './Citation'
import { SourceList } from './SourceList'
import { printedWording } from '../../vocabulary'

/** Dated events, each with how its date was established and every outlet's words; links to topic sheets when `topics` is given. */
export const EventList = ({
  events,
  headingLevel,
  topics,
}: {
  events: FactEvent[]
  headingLevel: 2 | 3
  topics?: Timeline['topics']
}) => (
  <ol class="timeline">
    {events.map((e) => {
      const Heading = headingLevel === 2 ? 'h2' : 'h3'
      const onTopics = topics ? topics.filter((t) => e.topics.includes(t.slug)) : []
      return (
        <li id={`event-${e.id}`}>
          <p class="event-date">
            <time datetime={e.date}>{formatEventDate(e)}</time>
            {e.precision !== 'day' ? <span class="meta"> (no exact day in the sources)</span> : null}
          </p>
          <Heading class="event-title">{e.title}</Heading>
          {e.dateNote ? <p class="meta">Date: {e.dateNote}</p> : null}
          {e.caution ? <p class="note">{e.caution}</p> : null}
          <ul class="wordings">
            {e.reports.map((r) => (
              <li>
                {r.source.outlet}: {printedWording('quote', r.text)} <Citation source={r.source} />
              </li>
            ))}
          </ul>
          {onTopics.length > 0 ? (
            <p class="cites">
              On the fact sheets:{' '}
              {onTopics.map((t, i) => (
                <>
                  {i > 0 ? ' · ' : null}
                  <a href={`/topics/${t.slug}#event-${e.id}`}>{t.title}</a>
                </>
              ))}
            </p>
          ) : topics ? (
            <p class="cites meta">Not on any fact sheet: no topic covers it.</p>
          ) : null}
        </li>
      )
    })}
  </ol>
)

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
