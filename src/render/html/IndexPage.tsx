import type { Story } from '../../curation/types'
import type { FactSheet } from '../../factsheet/model'
import { listOf } from '../list-of'

/** The list of topics, each with its summary and links to every format. */
export const IndexPage = ({ sheets, story }: { sheets: FactSheet[]; story: Story }) => (
  <>
    <h1>Who stands where: {story.title}</h1>
    <p class="lede">
      One fact sheet per topic: what {listOf(story.actors.map((a) => a.name))} said or did, in their own quoted words,
      each statement traced to the outlet and paragraph that reported it.
    </p>
    <ul class="topics">
      {sheets.map((s) => (
        <li>
          <h2>
            <a href={`/topics/${s.slug}`}>{s.title}</a>
          </h2>
          <p>{s.summary}</p>
          <p class="meta">
            <a href={`/topics/${s.slug}`}>
              Fact sheet<span class="visually-hidden"> on {s.title}</span>
            </a>{' '}
            ·{' '}
            <a href={`/topics/${s.slug}.pdf`}>
              PDF brief<span class="visually-hidden"> on {s.title}</span>
            </a>{' '}
            ·{' '}
            <a href={`/api/topics/${s.slug}`}>
              JSON<span class="visually-hidden"> for {s.title}</span>
            </a>
          </p>
        </li>
      ))}
    </ul>
  </>
)
