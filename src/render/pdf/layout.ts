// Measure and paginate: pure functions over text, widths and heights. Never imports pdf-lib or the fonts.
import type { Tag } from './tags'

export type Rgb = readonly [number, number, number]

export interface TextStyle {
  font: 'regular' | 'bold'
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

/** What pagination needs to know of a row: its height, and whether a page may end just before it. */
export interface PaginateRow {
  height: number
  /** Stays on the page of the row before it, e.g. a statement's speaker line and the last line it follows. */
  glue?: boolean
}

/** What pagination needs to know of a block: its rows' heights and how it may be broken. */
export interface PaginateBlock {
  rows: readonly PaginateRow[]
  /** Space above the block; dropped at the top of a page. */
  spaceBefore: number
  /** Starts a new page, e.g. the full record after a brief's one-page front. */
  breakBefore?: boolean
  /** Never the last thing on a page (headings): moves with the start of the next block. */
  keepWithNext?: boolean
  /**
   * Kept on one page if it fits one, unless moving it would leave the page more than a quarter empty: then it
   * breaks between rows like any block.
   */
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

/** The most a page may end empty (as a share of the frame) to keep a block together on the next page. */
export const maxEmptyShare = 0.25

/** Where rows [from, to) may end on a page: moved back past glued rows and so that no end keeps fewer than minLines. */
const breakPoint = (rows: readonly PaginateRow[], from: number, to: number): number => {
  const n = rows.length
  if (to >= n) return n
  if (n - to < minLines) to = Math.max(from, n - minLines)
  while (to > from && rows[to]?.glue) to--
  return to
}

/** Rows of a block that must start together on one page: its first minLines and any rows glued to them. */
const firstRows = (rows: readonly PaginateRow[]): number => {
  // too short to leave minLines at both ends: it moves whole
  if (rows.length < 2 * minLines) return rows.length
  let to = minLines
  while (to < rows.length && rows[to]?.glue) to++
  return to
}

/**
 * Height that must fit on the current page for block i to start there: its head, plus any heading chain.
 * `loose` takes a keepTogether block's breakable head instead of all of it.
 */
const headHeight = (blocks: readonly PaginateBlock[], i: number, frame: number, loose: boolean): number => {
  const block = blocks[i]
  if (!block) return 0
  const whole = sum(block.rows)
  if (block.keepWithNext && blocks[i + 1] && !blocks[i + 1]?.breakBefore) {
    const next = blocks[i + 1]
    const chain = whole + (next?.spaceBefore ?? 0) + headHeight(blocks, i + 1, frame, loose)
    return chain <= frame ? chain : whole
  }
  if (block.keepTogether && whole <= frame && !loose) return whole
  return sum(block.rows, 0, firstRows(block.rows))
}

/**
 * Places blocks on pages of a frame `frame` points tall. A block starts a new page when its head (see headHeight)
 * does not fit, unless that would leave the page more than maxEmptyShare empty and its loose head fits; a block
 * breaks between rows, never before a glued row and keeping minLines rows at each end where it can; a row taller
 * than the frame is placed alone, so pagination always advances.
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
    if (block.breakBefore && (pages[pages.length - 1]?.length ?? 0) > 0) newPage()
    const gap = () => (y > 0 ? block.spaceBefore : 0)
    if (y > 0 && y + gap() + headHeight(blocks, index, frame, false) > frame) {
      // A heading placed here on the strength of this block's loose head must not be left behind.
      const follows = blocks[index - 1]?.keepWithNext === true
      const roomy = follows || frame - y > frame * maxEmptyShare
      if (!roomy || y + gap() + headHeight(blocks, index, frame, true) > frame) newPage()
    }
    y += gap()
    let from = 0
    while (from < n) {
      let to = from
      let h = 0
      while (to < n && y + h + (block.rows[to]?.height ?? 0) <= frame) h += block.rows[to++]?.height ?? 0
      const full = to
      if (to < n && to > from) {
        to = breakPoint(block.rows, from, to)
        // a block's first page keeps at least its first rows, or none of it
        if (from === 0 && to < firstRows(block.rows) && y > 0) to = 0
        // an empty page can do no better: break where it is full
        if (to === from && y === 0) to = full
      }
      if (to === from && y === 0) to = from + 1 // a row taller than the page: place it anyway
      h = sum(block.rows, from, to)
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
