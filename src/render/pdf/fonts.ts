import type { FontData } from './font-data'
import { fontData } from './fonts.generated'

export type FontKey = keyof typeof fontData
export const fontKeys = Object.keys(fontData) as FontKey[]

/** A face ready for measuring and encoding: lookups built once per isolate from the precomputed tables. */
export interface Face {
  data: FontData
  glyph: Map<number, number>
  /** Advance per glyph id, 1/1000 em. */
  advance: Uint16Array
  kernLeft: Uint8Array
  kernRight: Uint8Array
  kernMatrix: Int8Array
}

/** Base64 -> bytes (atob exists in workerd and Node). */
export const fromBase64 = (base64: string): Uint8Array => {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

const u16 = (base64: string): Uint16Array => {
  const bytes = fromBase64(base64)
  const view = new DataView(bytes.buffer)
  return Uint16Array.from({ length: bytes.length / 2 }, (_, i) => view.getUint16(i * 2, true))
}

const buildFace = (data: FontData): Face => {
  const pairs = u16(data.cmap)
  const glyph = new Map<number, number>()
  for (let i = 0; i < pairs.length; i += 2) glyph.set(pairs[i] ?? 0, pairs[i + 1] ?? 0)
  const matrix = fromBase64(data.kernMatrix)
  return {
    data,
    glyph,
    advance: u16(data.advances),
    kernLeft: fromBase64(data.kernLeft),
    kernRight: fromBase64(data.kernRight),
    kernMatrix: new Int8Array(matrix.buffer, matrix.byteOffset, matrix.length),
  }
}

/** Kerning between two glyphs, 1/1000 em (negative: closer). */
const kernOf = (face: Face, left: number, right: number): number => {
  const l = face.kernLeft[left] ?? 0
  const r = face.kernRight[right] ?? 0
  return l && r ? (face.kernMatrix[l * face.data.kernRightClasses + r] ?? 0) * face.data.kernScale : 0
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
    kerns.push(prev !== undefined && !noKern.has(prevCp) && !noKern.has(cp) ? kernOf(face, prev, gid) : 0)
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
    if (prev >= 0 && !noKern.has(prevCp) && !noKern.has(cp)) units += kernOf(face, prev, gid)
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
