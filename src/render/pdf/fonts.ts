import type { FontData } from './font-data'
import { fontData } from './fonts.generated'

export type FontKey = keyof typeof fontData
export const fontKeys = Object.keys(fontData) as FontKey[]

/** A face ready for measuring and encoding: lookups built once per isolate from the precomputed tables. */
export interface Face {
  data: FontData
  /** glyph id + 1 by code point below `denseLimit` (0: not in the font). */
  dense: Uint16Array
  /** Glyph ids of the few code points from `denseLimit` up. */
  sparse: Map<number, number>
  /** Advance per glyph id, 1/1000 em. */
  advance: Uint16Array
  kernLeft: Uint8Array
  kernRight: Uint8Array
  kernMatrix: Int8Array
}

// Native base64 decoding where the runtime has it (recent V8, so workerd); Node 20 takes the loop below.
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (base64: string) => Uint8Array }).fromBase64

/** Base64 -> bytes. */
export const fromBase64 = (base64: string): Uint8Array => {
  if (nativeFromBase64) return nativeFromBase64(base64)
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

// The tables are little-endian, as is every platform Workers and Node run on, so the bytes are viewed, not copied.
const u16 = (base64: string): Uint16Array => {
  const bytes = fromBase64(base64)
  return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2)
}

const denseLimit = 0x2100

const buildFace = (data: FontData): Face => {
  const pairs = u16(data.cmap)
  const dense = new Uint16Array(denseLimit)
  const sparse = new Map<number, number>()
  for (let i = 0; i < pairs.length; i += 2) {
    const cp = pairs[i] ?? 0
    const gid = pairs[i + 1] ?? 0
    if (cp < denseLimit) dense[cp] = gid + 1
    else sparse.set(cp, gid)
  }
  const matrix = fromBase64(data.kernMatrix)
  return {
    data,
    dense,
    sparse,
    advance: u16(data.advances),
    kernLeft: fromBase64(data.kernLeft),
    kernRight: fromBase64(data.kernRight),
    kernMatrix: new Int8Array(matrix.buffer, matrix.byteOffset, matrix.length),
  }
}

/** The glyph for a code point, or the replacement glyph. */
export const glyphOf = (face: Face, cp: number): number => {
  const dense = cp < denseLimit ? (face.dense[cp] ?? 0) : 0
  return dense > 0 ? dense - 1 : (face.sparse.get(cp) ?? face.data.replacement)
}

/** Kerning between two glyphs, 1/1000 em (negative: closer). */
export const kernOf = (face: Face, left: number, right: number): number => {
  const l = face.kernLeft[left] ?? 0
  const r = face.kernRight[right] ?? 0
  return l && r ? (face.kernMatrix[l * face.data.kernRightClasses + r] ?? 0) * face.data.kernScale : 0
}

export const faces: Record<FontKey, Face> = {
  regular: buildFace(fontData.regular),
  bold: buildFace(fontData.bold),
}

/** Spaces and break characters (hyphen, dashes, slash): layout breaks at or after them, so kerning never crosses them and widths add up per token. */
export const isBreakChar = (cp: number): boolean =>
  cp === 0x20 || cp === 0xa0 || cp === 0x2d || cp === 0x2f || (cp >= 0x2010 && cp <= 0x2014)

/** Width of text in points at a size; a pure lookup in the width tables. */
export const measureText = (text: string, face: Face, size: number): number => {
  let units = 0
  let prev = -1
  let prevCp = 0x20
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) cp = text.codePointAt(i++) ?? 0xfffd
    const gid = glyphOf(face, cp)
    units += face.advance[gid] ?? 0
    if (prev >= 0 && !isBreakChar(prevCp) && !isBreakChar(cp)) units += kernOf(face, prev, gid)
    prev = gid
    prevCp = cp
  }
  return (units * size) / 1000
}
