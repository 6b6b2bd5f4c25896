import type { FactFigure, SourceRef } from '../../factsheet/model'
import { columns, gapRow, spaceAfter, span, textRows, type Block, type ComposeContext } from './blocks'
import { refSpans } from './compose-statement'
import { formatDate } from '../format-date'
import { tag, tagged, type Tag } from './tags'
import { leading, space, styles } from './theme'

/** A key figure: bold label, value, source numbers. */
export const figureBlock = (f: FactFigure, ctx: ComposeContext): Block => ({
  rows: tagged(textRows(
    [
      span(`${f.label}: `, styles.bodyBold),
      span(`${f.value} `, styles.body),
      ...refSpans(
        f.sources.map((s) => s.n),
        ctx,
      ),
    ],
    { x: 0, width: ctx.width, leading: leading.body },
    ctx.measure,
  ), 'P'),
  spaceBefore: space.tight,
  keepTogether: true,
})

// Numbers sit right-aligned close to their text so text extraction reads `[n] Outlet` as one line.
/** The ¶ number of a paragraph id such as `p12`. */
const paragraphNumber = (id: string): string => id.replace(/^p/, '')

const numberColumn = 24
const numberGap = 4

/**
 * One source list entry (an LI of `list`): [n], outlet and headline, date, ¶ and the address, the outlet's quality
 * note if any. Only the printed address is a link: a second link to the same place on the headline would be one more
 * stop for a screen reader and one more annotation for nothing.
 */
export const sourceBlock = (ref: SourceRef, ctx: ComposeContext, list: Tag): Block => {
  const url = `${ctx.origin}${ref.href}`
  const link = { uri: url }
  const box = { x: numberColumn, width: ctx.width - numberColumn, leading: leading.small }
  const item = tag('LI', list)
  // The entry's lines are one LBody, not a paragraph each: a trailing space keeps them apart in extracted text,
  // and a brief has dozens of entries, each structure element costing an indirect object.
  const text = tagged(
    [
      ...spaceAfter(
        textRows(
          [span(ref.outlet, styles.smallBold), span(' — ', styles.smallText), span(ref.headline, styles.smallText)],
          box,
          ctx.measure,
        ),
      ),
      ...spaceAfter(
        textRows(
          [
            span(`${formatDate(ref.date)} · ¶ ${paragraphNumber(ref.paragraph)} · `, styles.small),
            span(url, styles.ref, link),
          ],
          box,
          ctx.measure,
        ),
      ),
      ...spaceAfter(textRows([span(ref.affiliation, styles.small)], box, ctx.measure)),
      ...(ref.qualityNote
        ? [gapRow(1), ...textRows([span(`Quality warning: ${ref.qualityNote}`, styles.warning)], box, ctx.measure)]
        : []),
    ],
    tag('LBody', item),
  )
  const label = `[${ref.n}]`
  const x = numberColumn - numberGap - ctx.measure(label, styles.smallBold)
  const number = tagged(
    textRows([span(label, styles.smallBold)], { x, width: numberColumn, leading: leading.small }, ctx.measure),
    tag('Lbl', item),
  )
  return {
    rows: columns(number, text),
    spaceBefore: space.tight,
    keepTogether: true,
    anchor: `${ctx.prefix}ref-${ref.n}`,
  }
}

/** The numbered source list: one L, an LI per entry. */
export const sourceList = (refs: readonly SourceRef[], ctx: ComposeContext): Block[] => {
  const list = tag('L')
  return refs.map((r) => sourceBlock(r, ctx, list))
}
