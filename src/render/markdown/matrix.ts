import type { PositionMatrix } from '../../factsheet/matrix'
import { formatDateRange } from '../format-date'
import { stanceMeaning } from '../../vocabulary'
import { markdownLink } from './escape'
import { provenance, type MarkdownOptions } from './options'
import { stanceMarkdown, tableMarkdown } from './stance'

/** The position matrix as a Markdown table: every cell the stance, linking to the actor's section of the topic sheet. */
export const matrixMarkdown = (matrix: PositionMatrix, options: MarkdownOptions): string => {
  const { origin } = options
  const legend = matrix.legend.map((l) => `- ${stanceMarkdown(l.stance, l.label)}: ${stanceMeaning(l.stance, matrix.sourcesPhrase)} (${l.count} ${l.count === 1 ? 'cell' : 'cells'})`)
  const table = tableMarkdown(
    ['Topic', ...matrix.columns.map((c) => markdownLink(c.actorName, `${origin}${c.href}`))],
    matrix.rows.map((row) => [
      markdownLink(row.title, `${origin}${row.href}`),
      ...row.cells.map((cell) => `[${stanceMarkdown(cell.stance, cell.stanceShort)}](${origin}${cell.href})`),
    ]),
  )
  return `${[
    '# Position matrix',
    `Where each actor stands on each topic, as the fact sheets record it; every cell links to the statements behind it. Sources published ${formatDateRange(matrix.dateRange)}; online at <${origin}/matrix>.`,
    '**Legend**',
    legend.join('\n'),
    table,
    '---',
    provenance(matrix.corpusName, options),
  ].join('\n\n')}\n`
}
