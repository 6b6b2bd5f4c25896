import {
  breakLines,
  type Link,
  type Measure,
  type PaginateBlock,
  type PaginateRow,
  type Rgb,
  type Span,
  type TextStyle,
} from './layout'
import type { stanceShapes } from '../../vocabulary'
import type { Tag } from './tags'

/** A stance symbol drawn as vector paths, so it never depends on a glyph the font subset may lack. */
export type MarkShape = (typeof stanceShapes)[keyof typeof stanceShapes]

/**
 * Something drawn in a row; x from the frame's left edge, y and baseline from the row's top. A rect, mark or link
 * may reach below its row (e.g. a table row's band or link spans all the lines of the row's tallest cell).
 */
export type Item =
  | { kind: 'text'; x: number; baseline: number; width: number; text: string; style: TextStyle; link?: Link; tag?: Tag }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: Rgb }
  // A mark fills a square box `width` points wide whose top-left corner is (x, y).
  | { kind: 'mark'; x: number; y: number; width: number; shape: MarkShape; color: Rgb }
  | { kind: 'link'; x: number; y: number; width: number; height: number; link: Link; tag?: Tag }

export interface Row extends PaginateRow {
  items: Item[]
}

/** A block of rows with its pagination rules, an optional named destination and outline entry. */
export interface Block extends PaginateBlock {
  rows: Row[]
  anchor?: string
  outline?: { title: string; level: number }
  /** Starts a section: its title runs in the page header until the next one. */
  runningHead?: string
}

/** What composing a brief needs besides the data. */
export interface ComposeContext {
  /** Frame width and height in points. */
  width: number
  height: number
  measure: Measure
  /** Prepended to every destination name, so several briefs share one document. */
  prefix: string
  origin: string
}

export interface TextBox {
  x: number
  width: number
  leading: number
}

/** Baseline within a row of `leading` points: centres the x-height band of the largest size on the row. */
const baselineFor = (lineLeading: number, size: number) => lineLeading / 2 + size * 0.3

/** Breaks spans into rows of text inside a box. */
export const textRows = (spans: Span[], box: TextBox, measure: Measure): Row[] =>
  breakLines(spans, box.width, measure).map((line) => {
    let size = 0
    for (const f of line.fragments) size = Math.max(size, f.style.size)
    const baseline = baselineFor(box.leading, size)
    const items: Item[] = []
    const last = line.fragments.length - 1
    line.fragments.forEach((f, i) => {
      // The dropped space goes back at the end of the line: drawn, it shows nothing; extracted, it parts the words.
      const text = i === last && line.spaceAfter ? `${f.text} ` : f.text
      const item: Item = { kind: 'text', x: box.x + f.x, baseline, width: f.width, text, style: f.style }
      if (f.link) item.link = f.link
      if (f.tag) item.tag = f.tag
      items.push(item)
    })
    return { height: box.leading, items }
  })

/** Merges rows side by side (e.g. a hanging number beside its text): row i holds every column's row i. */
export const columns = (...cols: Row[][]): Row[] => {
  const n = Math.max(...cols.map((c) => c.length))
  return Array.from({ length: n }, (_, i) => {
    const cells = cols.map((c) => c[i]).filter((r): r is Row => r !== undefined)
    return { height: Math.max(...cells.map((r) => r.height)), items: cells.flatMap((r) => r.items) }
  })
}

/** Rows stacked into one row as tall as all of them: a table cell of several lines drawn as a unit. */
export const stack = (rows: Row[]): Row => {
  let top = 0
  const items: Item[] = []
  for (const row of rows) {
    for (const item of row.items)
      items.push(item.kind === 'text' ? { ...item, baseline: item.baseline + top } : { ...item, y: item.y + top })
    top += row.height
  }
  return { height: top, items }
}

/** Ends the rows' last text with a space, so text extraction keeps it apart from the next lines'; draws nothing. */
export const spaceAfter = (rows: Row[]): Row[] => {
  const items = rows[rows.length - 1]?.items ?? []
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]
    if (item?.kind !== 'text') continue
    if (!item.text.endsWith(' ')) item.text += ' '
    break
  }
  return rows
}

/** Marks rows to stay on the page of the row before each (see PaginateRow.glue); returns them. */
export const glued = (rows: Row[]): Row[] => {
  for (const row of rows) row.glue = true
  return rows
}

/** A row of empty space, e.g. between the parts of one block. */
export const gapRow = (height: number): Row => ({ height, items: [] })

/** Adds a rectangle to every row, e.g. the bar beside a quote, spanning the rows' full height. */
export const withBar = (rows: Row[], x: number, width: number, color: Rgb): Row[] =>
  rows.map((r) => ({ ...r, items: [{ kind: 'rect', x, y: 0, width, height: r.height, color }, ...r.items] }))

/** Control, zero-width and formatting characters, and combining marks (text that may arrive decomposed). */
const isUnusual = (c: number): boolean =>
  c < 0x20 ||
  c === 0x7f ||
  c === 0xad ||
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x2028 && c <= 0x202e) ||
  (c >= 0x2060 && c <= 0x2064) ||
  c === 0xfeff

// A char-code scan, not a regex: V8 runs a fresh regex interpreted at first, which cost ~10 ms on a first render.
const hasUnusual = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (isUnusual(text.charCodeAt(i))) return true
  return false
}
const invisible = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g
const breaks = /[\u0000-\u001f\u007f\u2028\u2029]+/g

// Most text is the same curated strings render after render: remember the verdict (bounded, per isolate).
const cleaned = new Map<string, string>()

/** Text as the encoder expects it: composed (NFC), one line, without invisible characters the font would box. */
export const cleanText = (text: string): string => {
  let clean = cleaned.get(text)
  if (clean === undefined) {
    clean = hasUnusual(text) ? text.normalize('NFC').replace(breaks, ' ').replace(invisible, '') : text
    if (cleaned.size > 20_000) cleaned.clear()
    cleaned.set(text, clean)
  }
  return clean
}

/** A piece of styled text for textRows. */
export const span = (text: string, style: TextStyle, link?: Link): Span => {
  const clean = cleanText(text)
  return link ? { text: clean, style, link } : { text: clean, style }
}

/** A piece of styled text that is its own structure element, e.g. a citation `[3]` as a Reference. */
export const taggedSpan = (text: string, style: TextStyle, t: Tag, link?: Link): Span => ({ ...span(text, style, link), tag: t })
