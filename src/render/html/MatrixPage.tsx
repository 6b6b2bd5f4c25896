import type { PositionMatrix } from '../../factsheet/matrix'
import { formatDateRange } from '../format-date'
import { plural } from '../plural'
import { stanceMeaning } from '../../vocabulary'
import { StanceBadge } from './StanceBadge'

/** Topics by actors, one stance per cell, each linking to the statements behind it; scrolls sideways on a phone. */
export const MatrixPage = ({ matrix }: { matrix: PositionMatrix }) => (
  <article class="wide">
    <h1>Position matrix</h1>
    <p class="lede">
      Where each actor stands on each topic, as the fact sheets record it. Every cell links to the statements behind it.
    </p>
    <p class="meta">
      {plural(matrix.rows.length, 'topic')} · {plural(matrix.columns.length, 'actor')} · sources published{' '}
      {formatDateRange(matrix.dateRange)}
    </p>
    <ul class="formats">
      <li>
        <a class="button" href="/matrix.pdf" download="matrix.pdf">
          Download PDF (one page)
        </a>
      </li>
      <li>
        <a class="button" href="/matrix.md">
          Markdown
        </a>
      </li>
      <li>
        <a class="button" href="/api/matrix">
          JSON
        </a>
      </li>
    </ul>
    <h2 id="legend-h">Legend</h2>
    <ul class="legend">
      {matrix.legend.map((l) => (
        <li>
          <StanceBadge stance={l.stance} label={l.label} />: {stanceMeaning(l.stance, matrix.sourcesPhrase)}{' '}
          <span class="meta">({plural(l.count, 'cell')})</span>
        </li>
      ))}
    </ul>
    <div class="matrix-scroll" role="region" aria-labelledby="matrix-caption" tabindex={0}>
      <table class="matrix">
        <caption id="matrix-caption">Stance by topic (rows) and actor (columns)</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            {matrix.columns.map((c) => (
              <th scope="col">
                <a href={c.href}>{c.actorName}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr>
              <th scope="row">
                <a href={row.href}>{row.title}</a>
              </th>
              {row.cells.map((cell) => (
                <td class={`cell-${cell.stance}`}>
                  <a href={cell.href}>
                    <StanceBadge stance={cell.stance} label={cell.stanceShort} />
                    <span class="visually-hidden">
                      {' '}
                      ({cell.actorName} on {row.title})
                    </span>
                  </a>
                  {cell.statementCount > 0 ? <span class="count meta">{plural(cell.statementCount, 'statement')}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    <p class="meta">On a narrow screen the table scrolls sideways; the topic column stays in view.</p>
  </article>
)
