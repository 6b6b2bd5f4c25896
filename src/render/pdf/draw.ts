import type { Block, Item, MarkShape } from './blocks'
import { ContentWriter, num } from './content-writer'
import { markOps } from './draw-marks'
import { faces, fontKeys, glyphOf, isBreakChar, kernOf, type Face, type FontKey } from './fonts'
import { codeOf } from './glyph-codes'
import type { Link, Placement, Rgb, TextStyle } from './layout'
import type { StructTree } from './struct-tree'
import { tag, type Tag } from './tags'

/** A link annotation to write: its rectangle (PDF user space), target, text and index in StructTree.annots. */
export interface DrawnLink {
  rect: [number, number, number, number]
  link: Link
  /** The linked text, the annotation's /Contents; empty for an area link. */
  text: string
  annot: number
}

/** A page ready for the PDF layer: its content stream, its link annotations and the glyphs it draws. */
export interface DrawnPage {
  /** The content stream's bytes: ASCII but for the character codes in its strings. */
  content: Uint8Array
  links: DrawnLink[]
  /** Per face, a flag per glyph id the page draws: what the embedded subsets must hold. */
  glyphs: Record<FontKey, Uint8Array>
}

/** Where a named destination landed: page index and the y (PDF user space) of its top. */
export interface Anchor {
  page: number
  y: number
}

export const fontResource: Record<FontKey, string> = { regular: 'F1', bold: 'F2' }

const colorOps = new WeakMap<Rgb, string>()
/** The `rg` operator for a colour, built once per colour object. */
const colorOp = (color: Rgb): string => {
  let op = colorOps.get(color)
  if (op === undefined) colorOps.set(color, (op = `${color.map(num).join(' ')} rg`))
  return op
}
/** The `RG` (stroke) operator for a colour. */
const strokeOp = (color: Rgb): string => `${colorOp(color).slice(0, -2)}RG`
/**
 * Writes a TJ operator drawing text in a face: glyphs as short codes (glyph-codes.ts) in literal strings, kerning as
 * TJ adjustments (same rules as measureText); flags each glyph in `used`. Returns how far it moves the text position,
 * in 1/1000 em, as a viewer adds it up.
 */
const showText = (out: ContentWriter, text: string, face: Face, used: Uint8Array): number => {
  let units = 0
  out.ascii('[(')
  let prev = -1
  let prevCp = 0x20
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) cp = text.codePointAt(i++) ?? 0xfffd
    const gid = glyphOf(face, cp)
    if (prev >= 0 && !isBreakChar(prevCp) && !isBreakChar(cp)) {
      const k = kernOf(face, prev, gid)
      if (k !== 0) {
        out.ascii(`)${-k}(`)
        units += k
      }
    }
    units += face.advance[gid] ?? 0
    out.code(codeOf(gid))
    used[gid] = 1
    prev = gid
    prevCp = cp
  }
  out.ascii(')] TJ\n')
  return units
}

/** Builds one page's operators; tracks font and colour state so each is set only when it changes. One at a time: canvases share scratch buffers. */
// Scratch buffers shared by every canvas: drawing is synchronous and one page at a time, and finish() copies
// the page out, so reusing them saves ~30 KiB of garbage per page.
const scratch = { shapes: new ContentWriter(4096), text: new ContentWriter(65536) }

/** The operator opening a marked-content sequence for an artifact. */
const artifactOp = (t: Tag): string =>
  t.pagination ? `/Artifact <</Type /Pagination /Subtype /${t.pagination}>> BDC\n` : '/Artifact BMC\n'

export class PageCanvas {
  private shapes = scratch.shapes.reset()
  private text = scratch.text.reset()
  private font = ''
  private size = 0
  private color = ''
  /** Where the current text line starts, in hundredths of a point: BT starts it at the origin. */
  private line: readonly [number, number] = [0, 0]
  /** Where the last text shown ended on that line (x, points): TJ moves the text position, not the line start. */
  private pen = 0
  /** The shapes' fill colour operator, and the rectangle rect() has not written yet. */
  private shapeColor = ''
  private pendingRect: { x: number; y: number; width: number; height: number; op: string } | undefined
  /** The tag of the marked-content sequence open in the text object. */
  private open: Tag | undefined
  /** Per element, the Link element its latest content went to: a link's next line continues it. */
  private lastLinks = new Map<Tag, { link: Link; tag: Tag }>()
  readonly links: DrawnLink[] = []
  private lastLink: { drawn: DrawnLink; t: Tag } | undefined
  private readonly glyphs = Object.fromEntries(
    fontKeys.map((key) => [key, new Uint8Array(faces[key].advance.length)]),
  ) as Record<FontKey, Uint8Array>

  constructor(
    private readonly tree: StructTree,
    private readonly page: number,
  ) {
    // Every shape is decoration: rules, bands, bars, and stance marks that sit beside their text label.
    this.shapes.ascii('/Artifact BMC\n')
  }

  /** Continues the open marked-content sequence if it is `t`'s, else closes it and opens one for `t`. */
  private markContent(t: Tag): void {
    if (t === this.open) return
    if (t.role !== 'Link') this.lastLinks.delete(t)
    if (this.open) this.text.ascii('EMC\n')
    this.open = t
    this.text.ascii(
      t.role === 'Artifact' ? artifactOp(t) : `/${t.role} <</MCID ${this.tree.mcid(t, this.page)}>> BDC\n`,
    )
  }

  /** The paragraph for content of a block that compose left untagged. */
  fallback(block: Block): Tag {
    return this.tree.fallback(block)
  }

  /**
   * The Link element for linked content of `parent`: one per run of fragments sharing a link with no other content
   * of `parent` between them (a table cell's link wrapping over lines stays one Link, `link — text — link` is two).
   */
  linkTag(parent: Tag, link: Link): Tag {
    if (parent.role === 'Link') return parent
    const last = this.lastLinks.get(parent)
    if (last && last.link === link) return last.tag
    const t = tag('Link', parent)
    this.lastLinks.set(parent, { link, tag: t })
    return t
  }

  /** Fills a rectangle; one directly below the last of the same colour and columns extends it (a bar, row by row). */
  rect(x: number, y: number, width: number, height: number, color: Rgb): void {
    const op = colorOp(color)
    const last = this.pendingRect
    if (last && last.op === op && last.x === x && last.width === width && Math.abs(last.y - y - height) < 0.005) {
      last.height += last.y - y
      last.y = y
      return
    }
    this.flushRect()
    this.pendingRect = { x, y, width, height, op }
  }

  /** Writes the rectangle rect() holds back, setting the fill colour only if it changed. */
  private flushRect(): void {
    const r = this.pendingRect
    if (!r) return
    this.pendingRect = undefined
    if (r.op !== this.shapeColor) this.shapes.ascii(`${(this.shapeColor = r.op)}\n`)
    this.shapes.ascii(`${num(r.x)} ${num(r.y)} ${num(r.width)} ${num(r.height)} re f\n`)
  }

  /** Draws a stance mark filling the square whose bottom-left corner is (x, y). */
  mark(x: number, y: number, size: number, shape: MarkShape, color: Rgb): void {
    this.flushRect()
    // The mark's q/Q restores the fill colour it sets.
    this.shapes.ascii(markOps(shape, x, y, size, colorOp(color), strokeOp(color)))
  }

  /**
   * Makes a rectangle (PDF user space) a link annotation, owned by the Link element `t`. A rectangle that continues
   * the last one on its line, for the same element and target (`outlet — title` drawn in three styles), widens it.
   */
  link(x: number, y: number, width: number, height: number, link: Link, t: Tag, text = ''): void {
    const last = this.lastLink
    const r = last?.drawn.rect
    const continues = r && r[1] === y && r[3] === y + height && Math.abs(r[2] - x) < 0.005
    if (last && r && continues && last.t === t && last.drawn.link === link) {
      r[2] = x + width
      last.drawn.text += text
      return
    }
    const drawn: DrawnLink = { rect: [x, y, x + width, y + height], link, text, annot: this.tree.annot(t, this.page) }
    this.links.push(drawn)
    this.lastLink = { drawn, t }
  }

  /**
   * Draws text with its baseline at (x, y) as content of `t` (for linked text, a Link element: see linkTag);
   * returns its width.
   */
  write(x: number, y: number, text: string, style: TextStyle, t: Tag, link?: Link, knownWidth?: number): number {
    this.markContent(t)
    if (style.font !== this.font || style.size !== this.size) {
      this.text.ascii(`/${fontResource[style.font]} ${num(style.size)} Tf\n`)
      this.glyphs[style.font][0] = 1 // .notdef, which every subset holds: the page selects this face
      this.font = style.font
      this.size = style.size
    }
    const color = colorOp(style.color)
    if (color !== this.color) this.text.ascii(`${(this.color = color)}\n`)
    // Text that starts where the last ended (the next style on a line) needs no move. Else Td moves from the last
    // line's start: small, repeating numbers where Tm would repeat absolute ones. In whole hundredths, as num()
    // rounds, so the moves add up to exactly the positions Tm would set.
    const at = [Math.round(x * 100), Math.round(y * 100)] as const
    if (at[1] !== this.line[1] || Math.abs(x - this.pen) >= 0.005) {
      this.text.ascii(`${num((at[0] - this.line[0]) / 100)} ${num((at[1] - this.line[1]) / 100)} Td `)
      this.line = at
      this.pen = at[0] / 100
    }
    const advance = (showText(this.text, text, faces[style.font], this.glyphs[style.font]) * style.size) / 1000
    this.pen += advance
    // Layout's width where it has one (it may leave out a trailing space); else what was drawn, measured as drawn.
    const width = knownWidth ?? advance
    if (link) this.link(x, y - style.size * 0.25, width, style.size * 1.05, link, t, text)
    return width
  }

  /** The page's content stream: shapes first (one artifact), then all text in one BT/ET object. */
  finish(): DrawnPage {
    this.flushRect()
    const out = this.shapes
    out.ascii('EMC\nBT\n')
    out.append(this.text)
    if (this.open) out.ascii('EMC\n')
    out.ascii('ET\n')
    return { content: out.bytes(), links: this.links, glyphs: this.glyphs }
  }
}

const drawItem = (canvas: PageCanvas, item: Item, left: number, top: number, block: Block): void => {
  switch (item.kind) {
    case 'text': {
      const owner = item.tag ?? canvas.fallback(block)
      const t = item.link ? canvas.linkTag(owner, item.link) : owner
      canvas.write(left + item.x, top - item.baseline, item.text, item.style, t, item.link, item.width)
      return
    }
    case 'rect':
      canvas.rect(left + item.x, top - item.y - item.height, item.width, item.height, item.color)
      return
    case 'mark':
      canvas.mark(left + item.x, top - item.y - item.width, item.width, item.shape, item.color)
      return
    case 'link': {
      const t = canvas.linkTag(item.tag ?? canvas.fallback(block), item.link)
      canvas.link(left + item.x, top - item.y - item.height, item.width, item.height, item.link, t)
    }
  }
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
      for (const item of row.items) drawItem(canvas, item, frame.left, y, block)
      y -= row.height
    }
  }
}
