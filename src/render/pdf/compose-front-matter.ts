import { columns, gapRow, span, textRows, type Block, type ComposeContext, type Row } from './blocks'
import { glances, type Glance } from './compose-glance'
import { paginate } from './layout'
import { tag, tagged } from './tags'
import { colors, leading, space, styles, unit } from './theme'

export const hairline = (width: number, height: number): Row => ({
  height,
  items: [{ kind: 'rect', x: 0, y: height - 0.5, width, height: 0.5, color: colors.rule }],
})

export const readingNote =
  'quotes are verbatim, in quotation marks; paraphrases (reported speech) and outlets’ characterisations are labelled and copied verbatim from the outlet. ' +
  'Numbers in brackets refer to the source list, one entry per cited paragraph. “Single source” marks a statement only one newsroom reports; a republished wire story counts once.'

/**
 * A table of columns starting at fractions of the width, each row between hairlines. A row of column heads is
 * tagged TH /Scope /Column; in other rows the first cell heads its row (TH /Scope /Row), the rest are TD.
 */
export const glanceTable = (ctx: ComposeContext, at: number[], lineHeight: number = leading.body) => {
  const cols = at.map((f) => Math.round(ctx.width * f))
  const table = tag('Table')
  const box = (i: number) => ({
    x: cols[i] ?? 0,
    width: (cols[i + 1] ?? ctx.width) - (cols[i] ?? 0) - 8,
    leading: lineHeight,
  })
  const row = (cells: Row[][], heads = false) => {
    const tr = tag('TR', table)
    cells.forEach((cell, i) =>
      tagged(cell, heads || i === 0 ? { role: 'TH', parent: tr, scope: heads ? 'Column' : 'Row' } : tag('TD', tr)),
    )
    return [gapRow(unit), ...columns(...cells), hairline(ctx.width, unit)]
  }
  return { box, row }
}

export interface FrontMatter {
  kicker: string
  title: string
  anchor: string
  /** A band shown between the title and the lead, e.g. which actors a filtered brief leaves out. */
  notice?: Block
  lead: string
  /** The line after `Sources: `. */
  sources: string
  glanceTitle: string
  /** The table's rows, printing as much of each telling statement as `glance` allows. */
  glance: (glance: Glance) => Row[]
  /** `brief` or `record`: "Reading this brief: …". */
  documentKind: string
}

/**
 * The first page of every brief, a brief on its own: kicker and title, lead, sources, the at-a-glance table and
 * how to read it, in the fullest form that fits one page (see glances). `rest` opens page 2: the reading note when
 * page 1 had no room for it, then the full record (the caller's blocks) from a new page.
 */
export const frontMatter = (f: FrontMatter, ctx: ComposeContext, rest: Block[]): Block[] => {
  const full = { x: 0, width: ctx.width }
  const head = (compact: boolean): Block[] => [
    {
      rows: [
        ...tagged(textRows([span(f.kicker, styles.kicker)], { ...full, leading: leading.label }, ctx.measure), 'P'),
        gapRow(unit),
        ...tagged(textRows([span(f.title, styles.title)], { ...full, leading: leading.title }, ctx.measure), 'H1'),
      ],
      spaceBefore: 0,
      keepWithNext: true,
      anchor: f.anchor,
      outline: { title: 'Overview', level: 1 },
    },
    ...(f.notice ? [f.notice] : []),
    {
      rows: tagged(
        textRows(
          [span(f.lead, compact ? styles.body : styles.lead)],
          { ...full, leading: compact ? leading.body : leading.lead },
          ctx.measure,
        ),
        'P',
      ),
      spaceBefore: space.block,
    },
    {
      rows: tagged(
        textRows([span('Sources: ', styles.metaBold), span(f.sources, styles.meta)], { ...full, leading: leading.small }, ctx.measure),
        'P',
      ),
      spaceBefore: space.block,
    },
    {
      // H2, not H3: it follows the H1 title, and PDF/UA forbids skipping a heading level.
      rows: tagged(textRows([span(f.glanceTitle, styles.h3)], { ...full, leading: leading.body }, ctx.measure), 'H2'),
      spaceBefore: space.section,
      keepWithNext: true,
    },
  ]
  const note: Block = {
    rows: tagged(
      textRows(
        [span(`Reading this ${f.documentKind}: `, styles.metaBold), span(readingNote, styles.meta)],
        { ...full, leading: leading.small },
        ctx.measure,
      ),
      'P',
    ),
    spaceBefore: space.block,
  }
  const pageOf = (glance: Glance): Block[] => [
    ...head(glance.compact),
    { rows: f.glance(glance), spaceBefore: 0, keepTogether: true },
    ...(glance.note ? [note] : []),
  ]
  const fits = (blocks: Block[]) => paginate(blocks, ctx.height).length === 1
  let noteOnFront = true
  let front: Block[] = []
  for (const glance of glances) {
    front = pageOf(glance)
    noteOnFront = glance.note
    if (fits(front)) break
  }
  const next = [...(noteOnFront ? [] : [note]), ...rest]
  return [...front, ...next.map((b, i) => (i === 0 ? { ...b, breakBefore: true } : b))]
}
