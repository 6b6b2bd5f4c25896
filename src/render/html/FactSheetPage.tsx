import type { FactSheet, FactStatement } from '../../factsheet/model'
import { formatDate, formatDateRange } from '../format-date'
import { Citation, paragraphNumber } from './Citation'

const kindLabels = {
  quote: 'Direct quote',
  paraphrase: 'Paraphrase (reported speech)',
  characterisation: 'Outlet’s characterisation',
} as const

const Wording = ({ kind, text }: { kind: FactStatement['kind']; text: string }) =>
  kind === 'quote' ? <>“{text.trim()}”</> : <>{text.trim()}</>

const Statement = ({ statement }: { statement: FactStatement }) => {
  const [first, ...others] = statement.wordings
  return (
    <figure class="statement" id={statement.id}>
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

/** A topic's fact sheet: stance table, one section per actor, figures, numbered sources. */
export const FactSheetPage = ({ sheet }: { sheet: FactSheet }) => (
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
    </ul>
    <table>
      <caption class="meta">Where each actor stands</caption>
      <thead>
        <tr>
          <th scope="col">Actor</th>
          <th scope="col">Stance</th>
        </tr>
      </thead>
      <tbody>
        {sheet.positions.map((p) => (
          <tr>
            <th scope="row">
              <a href={`#${p.actor}`}>{p.actorName}</a>
            </th>
            <td>
              <span class={`stance stance-${p.stance}`}>{p.stanceLabel}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    {sheet.positions.map((p) => (
      <section id={p.actor} aria-labelledby={`${p.actor}-h`}>
        <h2 id={`${p.actor}-h`}>{p.actorName}</h2>
        <p>
          <span class={`stance stance-${p.stance}`}>{p.stanceLabel}</span>
        </p>
        <p>{p.summary}</p>
        {p.statements.map((s) => (
          <Statement statement={s} />
        ))}
      </section>
    ))}
    {sheet.figures.length > 0 ? (
      <section id="figures" aria-labelledby="figures-h">
        <h2 id="figures-h">Key figures</h2>
        <dl class="facts">
          {sheet.figures.map((f) => (
            <>
              <dt>{f.label}</dt>
              <dd>
                {f.value}{' '}
                {f.sources.map((s) => (
                  <>
                    <Citation source={s} />{' '}
                  </>
                ))}
              </dd>
            </>
          ))}
        </dl>
      </section>
    ) : null}
    <section id="sources" aria-labelledby="sources-h">
      <h2 id="sources-h">Sources</h2>
      <ol class="refs">
        {sheet.references.map((r) => (
          <li id={`ref-${r.n}`} value={String(r.n)}>
            <a href={r.href}>
              {r.outlet}, “{r.headline}”, {formatDate(r.date)}, ¶{paragraphNumber(r.paragraph)}
            </a>
            <span class="meta"> — {r.affiliation}</span>
            {r.qualityNote ? (
              <>
                {' '}
                <span class="note">{r.qualityNote}</span>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  </article>
)
