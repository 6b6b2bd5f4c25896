import type { StanceId } from '../../curation/types'
import { span, textRows, type Row, type TextBox } from './blocks'
import type { Measure, TextStyle } from './layout'
import { stanceShapes } from '../../vocabulary'
import { stanceColors } from './theme'

/** Side of a stance mark set beside text of a size, and the gap after it. */
const markSize = (size: number) => size * 0.9
const markGap = (size: number) => size * 0.45
/** How far text beside a mark starts from the mark's left edge; lines below the label align there too. */
export const markIndent = (size: number) => markSize(size) + markGap(size)

/** Where a mark sits for a row whose baseline is `baseline`: centred on the capitals of text of that size. */
const markTop = (baseline: number, size: number) => baseline - size * 0.35 - markSize(size) / 2

/** A stance as its mark and its label, wrapping beside the mark; both in the stance's colour. */
export const stanceRows = (
  stance: StanceId,
  label: string,
  box: TextBox,
  style: TextStyle,
  measure: Measure,
): Row[] => {
  const color = stanceColors[stance]
  const size = markSize(style.size)
  const indent = markIndent(style.size)
  const rows = textRows(
    [span(label, { ...style, color })],
    { x: box.x + indent, width: box.width - indent, leading: box.leading },
    measure,
  )
  const first = rows[0]
  const baseline = first?.items.find((i) => i.kind === 'text')
  if (first && baseline?.kind === 'text')
    first.items.unshift({
      kind: 'mark',
      x: box.x,
      y: markTop(baseline.baseline, style.size),
      width: size,
      shape: stanceShapes[stance],
      color,
    })
  return rows
}
