import type { FactEvent } from '../../factsheet/model'
import { formatEventDate } from '../format-date'
import { gapRow, span, textRows, withBar, type Block, type ComposeContext } from './blocks'
import { refSpans } from './compose-statement'
import { tagged } from './tags'
import { colors, leading, space, styles } from './theme'
import { printedWording } from '../../vocabulary'

const dateColumn = 92

/** One dated event: date beside the title, then each outlet's words with its number; kept together. */
export const eventBlock = (e: FactEvent, ctx: ComposeContext): Block => {
  const box = { x: dateColumn, width: ctx.width - dateColumn, leading: leading.body }
  const small = { ...box, leading: leading.small }
  const date = tagged(
    textRows([span(formatEventDate(e), styles.smallBold)], { x: 0, width: dateColumn - 8, leading: leading.body }, ctx.measure),
    'P',
  )
  const title = tagged(textRows([span(e.title, styles.bodyBold)], box, ctx.measure), 'H3')
  const rows = [
    ...date.slice(0, 1).map((d, i) => ({ ...d, items: [...d.items, ...(title[i]?.items ?? [])] })),
    ...title.slice(1),
    ...date.slice(1),
  ]
  const note = (text: string, style: typeof styles.small) => tagged(textRows([span(text, style)], small, ctx.measure), 'P')
  if (e.precision !== 'day') rows.push(...note('No exact day in the sources.', styles.small))
  if (e.dateNote) rows.push(...note(`Date: ${e.dateNote}`, styles.small))
  if (e.caution) rows.push(...note(`Caution: ${e.caution}`, styles.warning))
  const reports = e.reports.flatMap((r) =>
    tagged(textRows(
      [
        span(`${r.source.outlet}: `, styles.smallBold),
        span(`${printedWording('quote', r.text)} `, styles.smallText),
        ...refSpans([r.source.n], ctx),
        ...(r.source.qualityNote ? [span(' quality warning in the source list', styles.warning)] : []),
      ],
      { ...small, x: box.x + 8, width: box.width - 8 },
      ctx.measure,
    ), 'P'),
  )
  rows.push(gapRow(2), ...withBar(tagged(reports, 'BlockQuote'), box.x, 1, colors.bar))
  return { rows: tagged(rows, 'Div'), spaceBefore: space.block, keepTogether: true, anchor: `${ctx.prefix}event-${e.id}` }
}
