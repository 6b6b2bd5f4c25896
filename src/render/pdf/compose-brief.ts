import { glanceLabels } from '../../vocabulary'
import type { ActorFilter, FactPosition, FactSheet } from '../../factsheet/model'
import { gapRow, span, stack, textRows, type Block, type Row, type ComposeContext } from './blocks'
import { frontMatter, glanceTable } from './compose-front-matter'
import { statementAnchors, type StatementAnchors } from '../statement-anchors'
import { glanceType, stanceCell, tellingCell, type Glance } from './compose-glance'
import { mostTellingStatement } from '../../factsheet/glance'
import { eventBlock } from './compose-events'
import { figureBlock, sourceList } from './compose-sources'
import { stanceRows } from './compose-stance'
import { statementRows } from './compose-statement'
import { formatDateRange } from '../format-date'
import { plural } from '../plural'
import { tagged } from './tags'
import { colors, leading, space, styles, unit } from './theme'
import { listOf } from '../list-of'

/** A section heading: kept with what follows, a named destination, an outline entry and the running head. */
export const heading = (title: string, anchor: string, ctx: ComposeContext, extra: Block['rows'] = []): Block => ({
  rows: [
    ...tagged(textRows([span(title, styles.h2)], { x: 0, width: ctx.width, leading: leading.h2 }, ctx.measure), 'H2'),
    ...tagged(extra, 'P'),
    gapRow(unit),
  ],
  spaceBefore: space.section,
  keepWithNext: true,
  anchor,
  outline: { title, level: 1 },
  runningHead: title,
})

/** Rows on a tinted band, inset, spanning the frame: a notice the reader should not miss. */
const bandRows = (rows: Row[], width: number): Row => {
  const inner = stack([gapRow(unit * 1.5), ...rows, gapRow(unit * 1.5)])
  return {
    ...inner,
    items: [
      { kind: 'rect', x: 0, y: 0, width, height: inner.height, color: colors.band },
      { kind: 'rect', x: 0, y: 0, width: 2, height: inner.height, color: colors.accent },
      ...inner.items,
    ],
  }
}

/** What a brief narrowed with `?actors=` says on its first page: who it shows and who it leaves out. */
const filterNotice = (filter: ActorFilter, sheet: FactSheet, ctx: ComposeContext): Block => {
  const shown = sheet.positions.map((p) => p.actorName)
  const omitted = filter.omitted.map((o) => o.actorName)
  const url = `${ctx.origin}/topics/${sheet.slug}`
  const box = { x: 10, width: ctx.width - 20, leading: leading.small }
  const rows = textRows(
    [
      span('Selection: ', styles.smallBold),
      span(
        shown.length > 0
          ? `this brief shows only ${listOf(shown)}. Left out: ${listOf(omitted)}. `
          : `this brief shows none of the actors (left out: ${listOf(omitted)}). `,
        styles.smallText,
      ),
      span('Source numbers are those of this selection; every actor is in the full brief at ', styles.smallText),
      span(url, styles.ref, { uri: url }),
      span('.', styles.smallText),
    ],
    box,
    ctx.measure,
  )
  return { rows: [bandRows(tagged(rows, 'P'), ctx.width)], spaceBefore: space.block, keepTogether: true }
}

/**
 * Page 1, a brief on its own: title, summary, date range, and per actor its stance, evidence basis and most telling
 * statement. `rest` (the full record) follows from page 2.
 */
const overview = (sheet: FactSheet, ctx: ComposeContext, anchorOf: StatementAnchors, rest: Block[]): Block[] => {
  const glance = (g: Glance) => {
    const type = glanceType(g)
    const t = glanceTable(ctx, [0, 0.19, 0.43], type.leading)
    const cell = (i: number, spans: Parameters<typeof textRows>[0]) => textRows(spans, t.box(i), ctx.measure)
    return [
      ...t.row(
        [
          cell(0, [span('Actor', styles.label)]),
          cell(1, [span('Stance', styles.label)]),
          cell(2, [span(glanceLabels.statement, styles.label)]),
        ],
        true,
      ),
      ...sheet.positions.flatMap((p) =>
        t.row([
          cell(0, [span(p.actorName, type.head, { dest: `${ctx.prefix}${p.actor}` })]),
          stanceCell(p.stance, p.stanceWithBasis, p.statements.length, t.box(1), g, ctx),
          tellingCell(mostTellingStatement(p, g), (s) => `${ctx.prefix}${anchorOf(p.actor, s.id)}`, t.box(2), g, ctx),
        ]),
      ),
    ]
  }
  const outlets = [...new Set(sheet.articles.map((a) => a.outlet))].join(', ')
  const sources = `${plural(sheet.articles.length, 'article')} (${outlets}) published ${formatDateRange(sheet.dateRange)} · ${plural(sheet.references.length, 'cited paragraph')}`
  return frontMatter(
    {
      kicker: 'FACT SHEET',
      title: sheet.title,
      anchor: `${ctx.prefix}overview`,
      ...(sheet.actorFilter ? { notice: filterNotice(sheet.actorFilter, sheet, ctx) } : {}),
      lead: sheet.summary,
      sources: `${sources}, numbered [1]–[${sheet.references.length}] in the source list.`,
      glanceTitle: glanceLabels.heading,
      glance,
      documentKind: 'brief',
    },
    ctx,
    rest,
  )
}

/** One actor's section: heading with stance, summary, then each statement as a kept-together block. */
const position = (p: FactPosition, ctx: ComposeContext, anchorOf: StatementAnchors): Block[] => {
  const stance = stanceRows(
    p.stance,
    p.stanceWithBasis,
    { x: 0, width: ctx.width, leading: leading.small },
    styles.stance,
    ctx.measure,
  )
  const head = heading(p.actorName, `${ctx.prefix}${p.actor}`, ctx, stance)
  head.outline = { title: `${p.actorName}: ${p.stanceLabel}`, level: 1 }
  head.runningHead = head.outline.title
  const summary: Block = {
    rows: tagged(
      textRows([span(p.summary, styles.body)], { x: 0, width: ctx.width, leading: leading.body }, ctx.measure),
      'P',
    ),
    spaceBefore: 0,
  }
  const statements = p.statements.map((s): Block => ({
    rows: tagged(statementRows(s, ctx), 'Div'),
    spaceBefore: space.block,
    keepTogether: true,
    anchor: `${ctx.prefix}${anchorOf(p.actor, s.id)}`,
  }))
  return [head, summary, ...statements]
}

/** Every block of one topic's brief, in reading order. */
export const composeBrief = (sheet: FactSheet, ctx: ComposeContext): Block[] => {
  const anchorOf = statementAnchors(sheet.positions)
  return overview(sheet, ctx, anchorOf, [
    ...sheet.positions.flatMap((p) => position(p, ctx, anchorOf)),
    ...(sheet.figures.length > 0
      ? [heading('Key figures', `${ctx.prefix}figures`, ctx), ...sheet.figures.map((f) => figureBlock(f, ctx))]
      : []),
    ...(sheet.events.length > 0
      ? [heading('Timeline', `${ctx.prefix}timeline`, ctx), ...sheet.events.map((e) => eventBlock(e, ctx))]
      : []),
    heading('Sources', `${ctx.prefix}sources`, ctx),
    ...sourceList(sheet.references, ctx),
  ])
}
