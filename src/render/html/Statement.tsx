import type { FactStatement } from '../../factsheet/model'
import { formatDate } from '../format-date'
import { kindLabels } from '../kind-labels'
import { Citation } from './Citation'

const Wording = ({ kind, text }: { kind: FactStatement['kind']; text: string }) =>
  kind === 'quote' ? <>“{text.trim()}”</> : <>{text.trim()}</>

/** One statement with its speaker, date, every outlet's wording and citation; `idPrefix` keeps anchors unique on pages that show several topics. */
export const Statement = ({ statement, idPrefix = '' }: { statement: FactStatement; idPrefix?: string }) => {
  const [first, ...others] = statement.wordings
  return (
    <figure class="statement" id={`${idPrefix}${statement.id}`}>
      <span class="kind">{kindLabels[statement.kind]}</span>
      <blockquote cite={first?.source.href}>
        <p>
          <Wording kind={statement.kind} text={statement.quote} />
        </p>
      </blockquote>
      <figcaption>
        <p class="speaker">
          — <strong>{statement.speaker.name}</strong>, {statement.speaker.role}, {formatDate(statement.date)}
          {statement.dateNote ? <span class="meta"> ({statement.dateNote})</span> : null}
        </p>
        <p class="cites">
          Reported by {first ? <Citation source={first.source} /> : null}
          {others.length > 0 ? '; other wordings below' : null}
        </p>
        <p class="cites">
          {statement.newsrooms.length === 1 ? (
            <span class="single">Single source: only {statement.newsrooms[0]} reports this.</span>
          ) : (
            <>
              Corroborated by {statement.newsrooms.length} newsrooms: {statement.newsrooms.join(', ')}.
            </>
          )}
        </p>
        {others.length > 0 ? (
          <ul class="wordings">
            {others.map((w) => (
              <li>
                {w.source.outlet}: <Wording kind={w.kind} text={w.text} /> <Citation source={w.source} />
              </li>
            ))}
          </ul>
        ) : null}
      </figcaption>
    </figure>
  )
}
