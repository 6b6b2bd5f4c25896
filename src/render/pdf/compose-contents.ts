import { columns, gapRow, spaceAfter, span, stack, textRows, type Block, type Row } from './blocks'
import type { Measure } from './layout'
import { tag, tagged } from './tags'
import { colors, leading, space, styles, unit } from './theme'

export interface ContentsEntry {
  title: string
  summary: string
  anchor: string
  /** 1-based page number, once known. */
  page?: number
}

const numberWidth = 40

/** The collection's table of contents: a heading, then one linked entry per topic with its page number. */
export const composeContents = (
  heading: string,
  intro: string,
  entries: ContentsEntry[],
  width: number,
  measure: Measure,
): Block[] => {
  const toc = tag('TOC')
  return [
    {
      rows: [
        ...tagged(textRows([span('FACT SHEETS', styles.kicker)], { x: 0, width, leading: leading.label }, measure), 'P'),
        gapRow(unit),
        ...tagged(textRows([span(heading, styles.title)], { x: 0, width, leading: leading.title }, measure), 'H1'),
      ],
      spaceBefore: 0,
      keepWithNext: true,
      anchor: 'contents',
      outline: { title: heading, level: 0 },
    },
    {
      rows: tagged(textRows([span(intro, styles.lead)], { x: 0, width, leading: leading.lead }, measure), 'P'),
      spaceBefore: space.block,
    },
    ...entries.map((e): Block => {
      const link = { dest: e.anchor }
      const number = e.page === undefined ? '' : String(e.page)
      const title = textRows(
        [span(e.title, styles.bodyBold, link)],
        { x: 0, width: width - numberWidth, leading: leading.body },
        measure,
      )
      const page = textRows(
        [span(number, styles.bodyBold, link)],
        { x: width - measure(number, styles.bodyBold), width: numberWidth, leading: leading.body },
        measure,
      )
      const summary = tagged(
        textRows([span(e.summary, styles.small)], { x: 0, width: width - numberWidth, leading: leading.small }, measure),
        'P',
      )
      const rule: Row = {
        height: unit * 2,
        items: [{ kind: 'rect', x: 0, y: unit * 2 - 0.5, width, height: 0.5, color: colors.rule }],
      }
      // The title as one row, so its page number follows the whole title in drawing (and reading) order.
      const rows = tagged([...columns([stack(spaceAfter(title))], page), ...summary], tag('TOCI', toc))
      return { rows: [...rows, rule], spaceBefore: space.tight, keepTogether: true }
    }),
  ]
}
