// Measure and paginate: pure functions over text, widths and heights. Never imports pdf-lib or the fonts.

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
}

/** Width in points of text set in a style; passed in so layout runs without a font. */
export type Measure = (text: string, style: TextStyle) => number

export interface Fragment {
  x: number
  width: number
  text: string
  style: TextStyle
  link?: Link
}

export interface Line {
  fragments: Fragment[]
  width: number
}

interface Piece {
  span: number
  text: string
  width: number
}
/** The unit of line breaking: pieces that stay together, and whether a space precedes them. */
interface Token {
  space: Piece | undefined
  pieces: Piece[]
  width: number
}

// A break is allowed at spaces and after a hyphen, dash or slash that follows a letter or digit.
const breakAfter = /(?<=[\p{L}\p{N}][-\u2010\u2013\u2014/])(?=[\p{L}\p{N}])/u

const tokenize = (spans: Span[], measure: Measure): Token[] => {
  const tokens: Token[] = []
  let current: Token | undefined
  spans.forEach((span, index) => {
    for (const part of span.text.split(/( +)/)) {
      if (part === '') continue
      if (part.startsWith(' ')) {
        current = { space: { span: index, text: ' ', width: measure(' ', span.style) }, pieces: [], width: 0 }
        tokens.push(current)
        continue
      }
      part.split(breakAfter).forEach((chunk, i) => {
        if (!current || i > 0) {
          current = { space: undefined, pieces: [], width: 0 }
          tokens.push(current)
        }
        const width = measure(chunk, span.style)
        current.pieces.push({ span: index, text: chunk, width })
        current.width += width
      })
    }
  })
  return tokens.filter((t) => t.pieces.length > 0)
}

/** Splits a token wider than the line into pieces that fit, character by character. */
const splitToken = (token: Token, maxWidth: number, spans: Span[], measure: Measure): Token[] => {
  const out: Token[] = []
  let current: Token = { space: token.space, pieces: [], width: 0 }
  for (const piece of token.pieces) {
    const style = spans[piece.span]?.style
    if (!style) continue
    for (const ch of piece.text) {
      const width = measure(ch, style)
      if (current.width + width > maxWidth && current.width > 0) {
        out.push(current)
        current = { space: undefined, pieces: [], width: 0 }
      }
      const last = current.pieces[current.pieces.length - 1]
      if (last && last.span === piece.span) {
        last.text += ch
        last.width += width
      } else current.pieces.push({ span: piece.span, text: ch, width })
      current.width += width
    }
  }
  if (current.pieces.length > 0) out.push(current)
  return out
}

const toLine = (pieces: Piece[], spans: Span[]): Line => {
  const fragments: Fragment[] = []
  let x = 0
  let lastSpan = -1
  for (const piece of pieces) {
    const last = fragments[fragments.length - 1]
    if (last && piece.span === lastSpan) {
      last.text += piece.text
      last.width += piece.width
    } else {
      const span = spans[piece.span]
      if (!span) continue
      fragments.push({ x, width: piece.width, text: piece.text, style: span.style, ...(span.link ? { link: span.link } : {}) })
    }
    lastSpan = piece.span
    x += piece.width
  }
  return { fragments, width: x }
}

/** Greedy ragged-right line breaking of styled text into lines no wider than maxWidth. */
export const breakLines = (spans: Span[], maxWidth: number, measure: Measure): Line[] => {
  const lines: Line[] = []
  let pieces: Piece[] = []
  let width = 0
  const flush = () => {
    if (pieces.length > 0) lines.push(toLine(pieces, spans))
    pieces = []
    width = 0
  }
  for (const whole of tokenize(spans, measure)) {
    const parts = whole.width > maxWidth ? splitToken(whole, maxWidth, spans, measure) : [whole]
    for (const token of parts) {
      const spaceWidth = pieces.length > 0 && token.space ? token.space.width : 0
      if (pieces.length > 0 && width + spaceWidth + token.width > maxWidth) flush()
      if (pieces.length > 0 && token.space) pieces.push(token.space)
      pieces.push(...token.pieces)
      width += (pieces.length > token.pieces.length ? spaceWidth : 0) + token.width
    }
  }
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
