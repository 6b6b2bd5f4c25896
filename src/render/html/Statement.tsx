import type { FactStatement } from '../../factsheet/model'
import { formatEventDate } from '../format-date'
import { corroborationSentence, kindLabels, printedWording } from '../../vocabulary'
import { Citation } from './Citation'

const Wording = ({ kind, text }: { kind: FactStatement['kind']; text: string }) => <>{printedWording(kind, text)}</>

/** One statement with its speaker, date, every outlet's wording and citation; `idPrefix` keeps anchors unique on pages that show several topics. */
export const Statement = ({ statement, idPrefix = '', aliases = [] }: { statement: FactStatement; idPrefix?: string; aliases?: string[] }) => {
  const [first, ...others] = statement.wordings
  return (
    <figure class="statement" id={`${idPrefix}${statement.id}`}>
      {/* Anchors published before statement ids were names (`#us-2`) still land here. */}
      {aliases.map((alias) => (
        <span id={alias} />
      ))}
      <span class="kind">{kindLabels[statement.kind]}</span>
      <blockquote cite={first?.source.href}>
        <p>
          <Wording kind={statement.kind} text={statement.quote} />
        </p>
      </blockquote>
      <figcaption>
        <p class="speaker">
          — <strong>{statement.speaker.name}</strong>, {statement.speaker.role}, {formatEventDate(statement)}
          {statement.dateNote ? <span class="meta"> ({statement.dateNote})</span> : null}
        </p>
        <p class="cites">
          Reported by {first ? <Citation source={first.source} /> : null}
          {first?.via ? `, which attributes the words to ${first.via}` : null}
          {others.length > 0 ? '; other wordings below' : null}
        </p>
        <p class="cites">
          <span class={statement.corroboration.newsrooms.length === 1 ? 'single' : undefined}>
            {corroborationSentence(statement.corroboration)}
          </span>
        </p>
        {others.length > 0 ? (
          <ul class="wordings">
            {others.map((w) => (
              <li>
                {w.source.outlet}
                {w.via ? ` (attributed to ${w.via})` : ''}: <Wording kind={w.kind} text={w.text} /> <Citation source={w.source} />
              </li>
            ))}
          </ul>
        ) : null}
      </figcaption>
    </figure>
  )
}
