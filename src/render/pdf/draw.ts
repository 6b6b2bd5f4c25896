import type { Block, Item } from './blocks'
import { encode, faces, measureText, type FontKey } from './fonts'
import type { Link, Placement, Rgb, TextStyle } from './layout'

/** A page ready for the PDF layer: its content stream and its link rectangles (PDF user space). */
export interface DrawnPage {
  content: string
  links: { rect: [number, number, number, number]; link: Link }[]
}

/** Where a named destination landed: page index and the y (PDF user space) of its top. */
export interface Anchor {
  page: number
  y: number
}

export const fontResource: Record<FontKey, string> = { regular: 'F1', bold: 'F2', italic: 'F3' }

const num = (n: number): string => String(Math.round(n * 100) / 100)
const hex = (n: number): string => (n < 0x1000 ? (n < 0x100 ? (n < 0x10 ? '000' : '00') : '0') : '') + n.toString(16)

/** A TJ/Tj operator drawing text in a face: glyph ids as hex, kerning as TJ adjustments. */
export const showText = (text: string, font: FontKey): string => {
  const { gids, kerns } = encode(text, faces[font])
  let out = '<'
  let kerned = false
  for (let i = 0; i < gids.length; i++) {
    const k = kerns[i] ?? 0
    if (k !== 0) {
      out += `>${-k}<`
      kerned = true
    }
    out += hex(gids[i] ?? 0)
  }
  return kerned ? `[${out}>] TJ` : `${out}> Tj`
}

/** Builds one page's operators; tracks font and colour state so each is set only when it changes. */
export class PageCanvas {
  private shapes = ''
  private text = ''
  private font = ''
  private color = ''
  readonly links: DrawnPage['links'] = []

  rect(x: number, y: number, width: number, height: number, color: Rgb): void {
    this.shapes += `${color.map(num).join(' ')} rg ${num(x)} ${num(y)} ${num(width)} ${num(height)} re f\n`
  }

  /** Draws text with its baseline at (x, y); returns its width. */
  write(x: number, y: number, text: string, style: TextStyle, link?: Link): number {
    const width = measureText(text, faces[style.font], style.size)
    const font = `/${fontResource[style.font]} ${num(style.size)} Tf`
    if (font !== this.font) this.text += `${(this.font = font)}\n`
    const color = `${style.color.map(num).join(' ')} rg`
    if (color !== this.color) this.text += `${(this.color = color)}\n`
    this.text += `1 0 0 1 ${num(x)} ${num(y)} Tm ${showText(text, style.font)}\n`
    if (link) this.links.push({ rect: [x, y - style.size * 0.25, x + width, y + style.size * 0.8], link })
    return width
  }

  finish(): DrawnPage {
    return { content: `${this.shapes}BT\n${this.text}ET\n`, links: this.links }
  }
}

const drawItem = (canvas: PageCanvas, item: Item, left: number, top: number): void => {
  if (item.kind === 'rect') canvas.rect(left + item.x, top - item.y - item.height, item.width, item.height, item.color)
  else canvas.write(left + item.x, top - item.baseline, item.text, item.style, item.link)
}

/** Draws a page's placed rows into the frame whose top-left corner is (left, top); records anchors. */
export const drawPlacements = (
  canvas: PageCanvas,
  placements: Placement[],
  blocks: readonly Block[],
  frame: { left: number; top: number },
  page: number,
  anchors: Map<string, Anchor>,
): void => {
  for (const p of placements) {
    const block = blocks[p.block]
    if (!block) continue
    if (block.anchor && p.from === 0) anchors.set(block.anchor, { page, y: frame.top - p.y })
    let y = frame.top - p.y
    for (let r = p.from; r < p.to; r++) {
      const row = block.rows[r]
      if (!row) continue
      for (const item of row.items) drawItem(canvas, item, frame.left, y)
      y -= row.height
    }
  }
}
