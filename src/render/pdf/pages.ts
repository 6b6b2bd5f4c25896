import { cleanText, type Block } from './blocks'
import { PageCanvas, drawPlacements, type Anchor, type DrawnPage } from './draw'
import { faces, measureText } from './fonts'
import { paginate, type Measure, type Placement, type TextStyle } from './layout'
import { StructTree } from './struct-tree'
import { footerArtifact, headerArtifact } from './tags'
import { colors, margins, runningFooterY, runningHeaderY, styles } from './theme'

export const measure: Measure = (text, style) => measureText(text, faces[style.font], style.size)

/** A run of pages laid out from one list of blocks, sharing a running header. */
export interface Part {
  blocks: Block[]
  pages: Placement[][]
  header: string
  headerRight: string
}

export const frameOf = (size: { width: number; height: number }) => ({
  width: size.width - margins.left - margins.right,
  height: size.height - margins.top - margins.bottom,
})

export const layoutPart = (
  blocks: Block[],
  size: { width: number; height: number },
  header: string,
  headerRight: string,
): Part => ({
  blocks,
  pages: paginate(blocks, frameOf(size).height),
  header,
  headerRight,
})

/** The section a page belongs to: the running head of the last section started at or before its first row. */
const sectionOf = (part: Part, page: Placement[]): string | undefined => {
  const first = page[0]
  if (!first) return undefined
  for (let i = first.block; i >= 0; i--) {
    const head = part.blocks[i]?.runningHead
    if (head) return head
  }
  return undefined
}

/** Shortens text with an ellipsis until it fits `width`. */
const fit = (raw: string, style: TextStyle, width: number): string => {
  const text = cleanText(raw)
  if (measure(text, style) <= width) return text
  const chars = [...text]
  while (chars.length > 0 && measure(`${chars.join('')}…`, style) > width) chars.pop()
  return `${chars.join('').trimEnd()}…`
}

/**
 * Draws every page of the parts in order, with running header and footer (source, data version, page N of M) as
 * pagination artifacts; records anchors and grows the structure tree.
 */
export const drawParts = (
  parts: Part[],
  size: { width: number; height: number },
  footer: string,
  dataVersion: string,
): { pages: DrawnPage[]; anchors: Map<string, Anchor>; tree: StructTree } => {
  const anchors = new Map<string, Anchor>()
  const tree = new StructTree()
  const total = parts.reduce((n, p) => n + p.pages.length, 0)
  const pages: DrawnPage[] = []
  const frame = { left: margins.left, top: size.height - margins.top }
  const width = size.width - margins.left - margins.right
  const right = size.width - margins.right
  for (const part of parts)
    for (const placements of part.pages) {
      const index = pages.length
      const canvas = new PageCanvas(tree, index)
      const rightText = cleanText(sectionOf(part, placements) ?? part.headerRight)
      const rightWidth = measure(rightText, styles.running)
      canvas.write(
        margins.left,
        size.height - runningHeaderY,
        fit(part.header, styles.runningBold, width - rightWidth - 24),
        styles.runningBold,
        headerArtifact,
      )
      canvas.write(right - rightWidth, size.height - runningHeaderY, rightText, styles.running, headerArtifact)
      canvas.rect(margins.left, size.height - runningHeaderY - 6, width, 0.5, colors.rule)
      const pageText = `Data version ${dataVersion} · Page ${index + 1} of ${total}`
      const pageWidth = measure(pageText, styles.running)
      canvas.rect(margins.left, runningFooterY + 10, width, 0.5, colors.rule)
      const footerText = fit(footer, styles.running, width - pageWidth - 24)
      canvas.write(margins.left, runningFooterY, footerText, styles.running, footerArtifact)
      canvas.write(right - pageWidth, runningFooterY, pageText, styles.running, footerArtifact)
      drawPlacements(canvas, placements, part.blocks, frame, index, anchors)
      pages.push(canvas.finish())
    }
  return { pages, anchors, tree }
}
