// Measure and paginate: pure functions over text, widths and heights. Never imports pdf-lib or the fonts.
import type { Tag } from './tags'

export type Rgb = readonly [number, number, number]

export interface TextStyle {
  font: 'regular' | 'bold' | 'italic'
  size: number
  color: Rgb
}

/** Where a piece of text leads: a named place in the document, or a web address. */
export type Link = { dest: string } | { uri: string }

export interface Span {
  text: string
  style: TextStyle
  link?: Link
  /** The structure element the text belongs to, when not the one its paragraph gets (e.g. a citation). */
  tag?: Tag
}

/** Width in points of text set in a style; passed in so layout runs without a font. */
export type Measure = (text: string, style: TextStyle) => number

export interface Fragment {
  x: number
  width: number
  text: string
  style: TextStyle
  link?: Link
  tag?: Tag
}

export interface Line {
  fragments: Fragment[]
  width: number
  /** The line ended at a space the break dropped: text extraction needs it back to keep the words apart. */
  spaceAfter?: boolean
}

/** A run of one span's text placed on the line being built: text is span.text.slice(start, end). */
interface Run {
  span: number
  start: number
  end: number
  width: number
}

const isBreakAfter = (cp: number) => cp === 0x2d || cp === 0x2f || (cp >= 0x2010 && cp <= 0x2014)
const letterOrDigit = /[\p{L}\p{N}]/u

/** Whether a line may break after text[i]: a hyphen, dash or slash between letters or digits. */
const breaksAfter = (text: string, i: number): boolean =>
  isBreakAfter(text.charCodeAt(i)) && letterOrDigit.test(text[i - 1] ?? '') && letterOrDigit.test(text[i + 1] ?? '')

/**
 * Greedy ragged-right line breaking of styled text into lines no wider than maxWidth. Breaks at spaces and
 * after a hyphen, dash or slash inside a word; a piece wider than the line is split between characters.
 * Scans each span once and emits slices of it, so a line's fragments are substrings of the spans.
 */
export const breakLines = (spans: Span[], maxWidth: number, measure: Measure): Line[] => {
  const lines: Line[] = []
  let runs: Run[] = []
  let width = 0
  // The pending space before the next piece, as primitives: a line never starts or ends with it.
  let spaceSpan = -1
  let spaceStart = 0
  let spaceEnd = 0
  let spaceWidth = 0
  const spaceWidths = new Map<TextStyle, number>()

  const flush = (spaceAfter = false) => {
    if (runs.length === 0) return
    let x = 0
    const fragments = runs.map((r): Fragment => {
      const span = spans[r.span] as Span
      const f: Fragment = { x, width: r.width, text: span.text.slice(r.start, r.end), style: span.style }
      if (span.link) f.link = span.link
      if (span.tag) f.tag = span.tag
      x += r.width
      return f
    })
    lines.push(spaceAfter ? { fragments, width, spaceAfter } : { fragments, width })
    runs = []
    width = 0
  }
  const append = (span: number, start: number, end: number, w: number) => {
    const last = runs[runs.length - 1]
    if (last && last.span === span && last.end === start) {
      last.end = end
      last.width += w
    } else runs.push({ span, start, end, width: w })
    width += w
  }
  const place = (span: number, start: number, end: number, w: number) => {
    const spaced = spaceSpan >= 0 && runs.length > 0
    if (runs.length > 0 && width + (spaced ? spaceWidth : 0) + w > maxWidth) flush(spaced)
    else if (spaced) append(spaceSpan, spaceStart, spaceEnd, spaceWidth)
    spaceSpan = -1
    append(span, start, end, w)
  }
  /** Places a piece wider than the line, a character at a time. */
  const placeSplit = (span: number, from: number, to: number, text: string, style: TextStyle) => {
    let start = from
    let chunkWidth = 0
    for (let i = from; i < to; ) {
      const cp = text.codePointAt(i) ?? 0
      const next = i + (cp > 0xffff ? 2 : 1)
      const w = measure(text.slice(i, next), style)
      if (chunkWidth + w > maxWidth && i > start) {
        place(span, start, i, measure(text.slice(start, i), style))
        flush()
        start = i
        chunkWidth = 0
      }
      chunkWidth += w
      i = next
    }
    if (start < to) place(span, start, to, measure(text.slice(start, to), style))
  }

  spans.forEach((span, index) => {
    const { text, style } = span
    let i = 0
    while (i < text.length) {
      let j = i
      if (text.charCodeAt(i) === 0x20) {
        while (j < text.length && text.charCodeAt(j) === 0x20) j++
        let w = j - i === 1 ? spaceWidths.get(style) : undefined
        if (w === undefined) {
          w = measure(text.slice(i, j), style)
          if (j - i === 1) spaceWidths.set(style, w)
        }
        spaceSpan = index
        spaceStart = i
        spaceEnd = j
        spaceWidth = w
      } else {
        while (j < text.length && text.charCodeAt(j) !== 0x20) j++
        let start = i
        for (let end = i + 1; end <= j; end++) {
          if (end < j && !breaksAfter(text, end - 1)) continue
          const w = measure(text.slice(start, end), style)
          if (w > maxWidth) placeSplit(index, start, end, text, style)
          else place(index, start, end, w)
          start = end
        }
      }
      i = j
    }
  })
  flush()
  return lines
}

/** What pagination needs to know of a block: its rows' heights and how it may be broken. */
export interface PaginateBlock {
  rows: readonly { height: number }[]
  /** Space above the block; dropped at the top of a page. */
  spaceBefore: number
  /** Never the last thing on a page (headings): moves with the start of the next block. */
  keepWithNext?: boolean
  /** Never split across pages, unless it is taller than a page. */
  keepTogether?: boolean
}

/** Rows [from, to) of block `block`, placed `y` points below the top of the page's frame. */
export interface Placement {
  block: number
  from: number
  to: number
  y: number
}

const sum = (rows: readonly { height: number }[], from = 0, to = rows.length) => {
  let total = 0
  for (let i = from; i < to; i++) total += rows[i]?.height ?? 0
  return total
}

// Fewest lines of a split paragraph left alone at the foot or head of a page.
const minLines = 2

/** Height that must fit on the current page for block i to start there (its kept-together head and any heading chain). */
const headHeight = (blocks: readonly PaginateBlock[], i: number, frame: number): number => {
  const block = blocks[i]
  if (!block) return 0
  const whole = sum(block.rows)
  if (block.keepWithNext && blocks[i + 1]) {
    const next = blocks[i + 1]
    const chain = whole + (next?.spaceBefore ?? 0) + headHeight(blocks, i + 1, frame)
    return chain <= frame ? chain : whole
  }
  if (block.keepTogether && whole <= frame) return whole
  return sum(block.rows, 0, Math.min(block.rows.length, minLines))
}

/**
 * Places blocks on pages of a frame `frame` points tall. Rules: a block's head (see headHeight) starts a new page
 * when it does not fit; a block otherwise breaks between rows, keeping minLines rows at each end where it can;
 * a row taller than the frame is placed alone, so pagination always advances.
 */
export const paginate = (blocks: readonly PaginateBlock[], frame: number): Placement[][] => {
  const pages: Placement[][] = [[]]
  let y = 0
  const newPage = () => {
    pages.push([])
    y = 0
  }
  blocks.forEach((block, index) => {
    const n = block.rows.length
    if (n === 0) return
    const gap = () => (y > 0 ? block.spaceBefore : 0)
    if (y > 0 && y + gap() + headHeight(blocks, index, frame) > frame) newPage()
    y += gap()
    let from = 0
    while (from < n) {
      let to = from
      let h = 0
      while (to < n && y + h + (block.rows[to]?.height ?? 0) <= frame) h += block.rows[to++]?.height ?? 0
      if (to === from && y === 0) h += block.rows[to++]?.height ?? 0 // taller than a page: place it anyway
      if (to < n && to > from) {
        // keep minLines at the foot of this page and the head of the next, where the block allows
        if (n - to < minLines && to - (minLines - (n - to)) >= from + minLines) to -= minLines - (n - to)
        if (to - from < minLines && from === 0 && y > 0 && n >= minLines) to = from
        h = sum(block.rows, from, to)
      }
      if (to > from) {
        pages[pages.length - 1]?.push({ block: index, from, to, y })
        y += h
        from = to
      }
      if (from < n) newPage()
    }
  })
  return pages.filter((page, i) => page.length > 0 || i === 0)
}
