import type { MatrixRow, PositionMatrix } from '../../factsheet/matrix'
import { formatDateRange } from '../format-date'
import { plural } from '../plural'
import { stanceMeaning } from '../../vocabulary'
import { columns, gapRow, spaceAfter, span, stack, textRows, type Block, type Item } from './blocks'
import { markIndent, stanceRows } from './compose-stance'
import type { Measure, TextStyle } from './layout'
import { artifact, tag, tagged, type Tag } from './tags'
import { colors, leading, space, styles, unit } from './theme'

export interface MatrixContext {
  width: number
  measure: Measure
  origin: string
}

/** Type sizes and spacing times `scale`: the matrix shrinks to stay on one page as topics are added. */
const scaled = (scale: number) => {
  const st = (s: TextStyle): TextStyle => ({ ...s, size: s.size * scale })
  return {
    kicker: st(styles.kicker),
    title: st(styles.title),
    lead: st(styles.lead),
    meta: st(styles.meta),
    head: st(styles.bodyBold),
    topic: st(styles.bodyBold),
    stance: st(styles.smallBold),
    count: st(styles.small),
    legend: st(styles.small),
    label: st(styles.label),
    leading: {
      title: leading.title * scale,
      lead: leading.lead * scale,
      body: leading.body * scale,
      small: leading.small * scale,
    },
    unit: unit * scale,
    block: space.block * scale,
  }
}

// The topic column's share of the width; the actor columns share the rest.
const topicShare = 0.28
const cellPad = 6

const columnsOf = (width: number, n: number) => {
  const topic = Math.round(width * topicShare)
  const cell = (width - topic) / n
  return { topic, cell, x: (i: number) => topic + i * cell }
}

/** The blocks above the table: kicker, title, lead, counts and the legend (mark, label, meaning, how many cells). */
const intro = (matrix: PositionMatrix, ctx: MatrixContext, scale: number): Block[] => {
  const s = scaled(scale)
  const full = { x: 0, width: ctx.width }
  const entryWidth = ctx.width / matrix.legend.length
  const list = tag('L')
  const legend = columns(
    ...matrix.legend.map((l, i) => {
      const box = { x: i * entryWidth, width: entryWidth - 10, leading: s.leading.small }
      const item = tag('LI', list)
      const meaning = `${stanceMeaning(l.stance, matrix.sourcesPhrase)} (${plural(l.count, 'cell')})`
      return [
        ...tagged(stanceRows(l.stance, l.label, box, s.stance, ctx.measure), tag('Lbl', item)),
        ...tagged(textRows([span(meaning, s.legend)], box, ctx.measure), tag('LBody', item)),
      ]
    }),
  )
  const counts = `${plural(matrix.rows.length, 'topic')} · ${plural(matrix.columns.length, 'actor')} · sources published ${formatDateRange(matrix.dateRange)}`
  return [
    {
      rows: [
        ...tagged(textRows([span('FACT SHEETS', s.kicker)], { ...full, leading: s.leading.small }, ctx.measure), 'P'),
        gapRow(s.unit),
        ...tagged(
          textRows([span('Position matrix', s.title)], { ...full, leading: s.leading.title }, ctx.measure),
          'H1',
        ),
      ],
      spaceBefore: 0,
      keepWithNext: true,
      anchor: 'matrix',
    },
    {
      rows: [
        ...tagged(
          textRows(
            [
              span(
                'Where each actor stands on each topic, as the fact sheets record it. Every cell links to the statements behind it.',
                s.lead,
              ),
            ],
            { ...full, leading: s.leading.lead },
            ctx.measure,
          ),
          'P',
        ),
        ...tagged(textRows([span(counts, s.meta)], { ...full, leading: s.leading.small }, ctx.measure), 'P'),
      ],
      spaceBefore: s.block,
    },
    {
      rows: [
        ...tagged(textRows([span('LEGEND', s.label)], { ...full, leading: s.leading.small }, ctx.measure), 'H2'),
        ...tagged(legend, list),
      ],
      spaceBefore: s.block,
      keepTogether: true,
    },
  ]
}

const rule = (width: number, height: number): Item => ({
  kind: 'rect',
  x: 0,
  y: height - 0.5,
  width,
  height: 0.5,
  color: colors.rule,
})

/**
 * The column heads: `Topic`, then each actor's name linking to its page; a row of TH /Scope /Column in `table`,
 * or an artifact where it is repeated atop a further page.
 */
const header = (matrix: PositionMatrix, ctx: MatrixContext, scale: number, table: Tag, repeated = false): Block => {
  const s = scaled(scale)
  const col = columnsOf(ctx.width, matrix.columns.length)
  const tr = tag('TR', table)
  const cells = [
    textRows([span('Topic', s.head)], { x: 0, width: col.topic - cellPad, leading: s.leading.body }, ctx.measure),
    ...matrix.columns.map((c, i) =>
      textRows(
        [span(c.actorName, s.head, { uri: `${ctx.origin}${c.href}` })],
        { x: col.x(i), width: col.cell - cellPad, leading: s.leading.body },
        ctx.measure,
      ),
    ),
  ]
  for (const cell of cells) tagged(cell, repeated ? artifact : { role: 'TH', parent: tr, scope: 'Column' })
  const row = stack([gapRow(s.unit), ...columns(...cells), gapRow(s.unit)])
  return {
    rows: [{ ...row, items: [...row.items, rule(ctx.width, row.height)] }],
    spaceBefore: s.block * 1.5,
    keepWithNext: true,
  }
}

/**
 * One topic: its title (linking to the brief), then per actor the stance mark and label and the number of statements.
 * Each cell is a link to that actor's section of the brief.
 */
const topicRow = (row: MatrixRow, index: number, ctx: MatrixContext, scale: number, table: Tag): Block => {
  const s = scaled(scale)
  const col = columnsOf(ctx.width, row.cells.length)
  const tr = tag('TR', table)
  const title = stack(
    tagged(
      textRows(
        [span(row.title, s.topic, { uri: `${ctx.origin}${row.href}` })],
        { x: 0, width: col.topic - cellPad * 2, leading: s.leading.body },
        ctx.measure,
      ),
      { role: 'TH', parent: tr, scope: 'Row' },
    ),
  )
  // A cell's text and its link area belong to one Link element in the cell's TD.
  const links = row.cells.map(() => tag('Link', tag('TD', tr)))
  const cells = row.cells.map((cell, i) => {
    const box = { x: col.x(i), width: col.cell - cellPad, leading: s.leading.small }
    const label = stanceRows(cell.stance, cell.stanceShort, box, s.stance, ctx.measure)
    const rows = [
      ...(cell.statementCount > 0 ? spaceAfter(label) : label),
      ...(cell.statementCount > 0
        ? textRows(
            [span(plural(cell.statementCount, 'statement'), s.count)],
            { ...box, x: box.x + markIndent(s.stance.size), width: box.width - markIndent(s.stance.size) },
            ctx.measure,
          )
        : []),
    ]
    return stack(tagged(rows, links[i] ?? 'TD'))
  })
  const body = columns([title], ...cells.map((c) => [c]))[0] ?? { height: 0, items: [] }
  const pad = s.unit * 1.5
  const height = body.height + pad * 2
  const items: Item[] = []
  // Alternate rows on a light band so the eye can follow a topic across the page.
  if (index % 2 === 1) items.push({ kind: 'rect', x: 0, y: 0, width: ctx.width, height, color: colors.band })
  items.push(rule(ctx.width, height))
  for (const item of body.items)
    items.push(item.kind === 'text' ? { ...item, baseline: item.baseline + pad } : { ...item, y: item.y + pad })
  row.cells.forEach((cell, i) =>
    items.push({
      kind: 'link',
      x: col.x(i) - cellPad / 2,
      y: 0,
      width: col.cell,
      height,
      link: { uri: `${ctx.origin}${cell.href}` },
      ...(links[i] ? { tag: links[i] } : {}),
    }),
  )
  return { rows: [{ height, items }], spaceBefore: 0, keepTogether: true }
}

const heightOf = (blocks: readonly Block[]) =>
  blocks.reduce((h, b, i) => h + (i > 0 ? b.spaceBefore : 0) + b.rows.reduce((r, row) => r + row.height, 0), 0)

// Type shrinks in these steps to keep the matrix on one page; below 65 % (labels under 5.5 pt) it would stop being
// legible in print, so the rows run on over further pages instead, at full size under repeated column heads.
const scales = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65]

/**
 * The matrix as pages of blocks: on one page at the largest scale that fits `frameHeight`; when even the smallest
 * does not, at full size with the topic rows running on over further pages, each under the column heads.
 */
export const composeMatrix = (
  matrix: PositionMatrix,
  ctx: MatrixContext,
  frameHeight: number,
): { pages: Block[][]; scale: number } => {
  const table = tag('Table')
  const compose = (scale: number) => ({
    top: [...intro(matrix, ctx, scale), header(matrix, ctx, scale, table)],
    rows: matrix.rows.map((r, i) => topicRow(r, i, ctx, scale, table)),
  })
  for (const scale of scales) {
    const { top, rows } = compose(scale)
    if (heightOf([...top, ...rows]) <= frameHeight) return { pages: [[...top, ...rows]], scale }
  }
  const scale = scales[0] ?? 1
  const { top, rows } = compose(scale)
  const head = { ...header(matrix, ctx, scale, table, true), spaceBefore: 0 }
  let page = top
  let onPage = 0
  const pages = [page]
  for (const row of rows) {
    if (onPage > 0 && heightOf([...page, row]) > frameHeight) {
      pages.push((page = [head]))
      onPage = 0
    }
    page.push(row)
    onPage++
  }
  return { pages, scale }
}
