import type { FontData } from './font-data'
import { fontData } from './fonts.generated'

export type FontKey = keyof typeof fontData
export const fontKeys = Object.keys(fontData) as FontKey[]

/** A face ready for measuring and encoding: lookups built once per isolate from the precomputed tables. */
export interface Face {
  data: FontData
  glyph: Map<number, number>
  /** Advance per glyph id, 1/1000 em. */
  advance: number[]
  /** Kerning by `left * 0x10000 + right` glyph ids, 1/1000 em. */
  kern: Map<number, number>
}

const buildFace = (data: FontData): Face => {
  const glyph = new Map<number, number>()
  const advance: number[] = []
  for (let i = 0; i < data.cmap.length; i += 3) {
    const gid = data.cmap[i + 1] ?? 0
    glyph.set(data.cmap[i] ?? 0, gid)
    advance[gid] = data.cmap[i + 2] ?? 0
  }
  const kern = new Map<number, number>()
  for (let i = 0; i < data.kerns.length; i += 3) {
    const left = glyph.get(data.kerns[i] ?? 0)
    const right = glyph.get(data.kerns[i + 1] ?? 0)
    if (left !== undefined && right !== undefined) kern.set(left * 0x10000 + right, data.kerns[i + 2] ?? 0)
  }
  return { data, glyph, advance, kern }
}

export const faces: Record<FontKey, Face> = {
  regular: buildFace(fontData.regular),
  bold: buildFace(fontData.bold),
  italic: buildFace(fontData.italic),
}

// Breaks are taken at spaces and after these; kerning is never applied across them, so widths add up per token.
const noKern = new Set([0x20, 0xa0, 0x2d, 0x2010, 0x2013, 0x2014, 0x2f])

/** Glyph ids for text, with kerning adjustments; a character the font lacks becomes its U+FFFD glyph. */
export const encode = (text: string, face: Face): { gids: number[]; kerns: number[] } => {
  const gids: number[] = []
  const kerns: number[] = []
  let prevCp = 0x20
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0xfffd
    const gid = face.glyph.get(cp) ?? face.data.replacement
    const prev = gids[gids.length - 1]
    kerns.push(prev !== undefined && !noKern.has(prevCp) && !noKern.has(cp) ? (face.kern.get(prev * 0x10000 + gid) ?? 0) : 0)
    gids.push(gid)
    prevCp = cp
  }
  return { gids, kerns }
}

/** Width of text in points at a size; a pure lookup in the width table (same rules as `encode`, without allocating). */
export const measureText = (text: string, face: Face, size: number): number => {
  let units = 0
  let prev = -1
  let prevCp = 0x20
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0xfffd
    const gid = face.glyph.get(cp) ?? face.data.replacement
    units += face.advance[gid] ?? 0
    if (prev >= 0 && !noKern.has(prevCp) && !noKern.has(cp)) units += face.kern.get(prev * 0x10000 + gid) ?? 0
    prev = gid
    prevCp = cp
  }
  return (units * size) / 1000
}

// Zero-width and formatting characters the font would otherwise draw as replacement boxes.
const invisible = /[\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]/g
const whitespace = /[\t\n\r\v\f]+/g

/** Composed, single-line text: what the encoder expects (accents precomposed, no invisible controls). */
export const cleanText = (text: string): string => text.normalize('NFC').replace(whitespace, ' ').replace(invisible, '')
