/** What scripts/build-fonts.mjs precomputes per font face, so no font is parsed at request time. */
export interface FontData {
  /** Subset tag + PostScript name, e.g. `ABCDEF+IBMPlexSans`. */
  baseFont: string
  unitsPerEm: number
  /** Vertical metrics and bbox in 1/1000 em. */
  ascent: number
  descent: number
  capHeight: number
  xHeight: number
  bbox: number[]
  italicAngle: number
  /** FontDescriptor /Flags. */
  flags: number
  stemV: number
  /** Glyph id drawn for a character the font lacks (U+FFFD). */
  replacement: number
  /** base64, 16-bit LE pairs: code point, glyph id. */
  cmap: string
  /** base64, 16-bit LE advance per glyph id, 1/1000 em. */
  advances: string
  /** base64, a byte per glyph id: its left / right kerning class (0: none). */
  kernLeft: string
  kernRight: string
  kernRightClasses: number
  /** base64, signed bytes: [leftClass * kernRightClasses + rightClass] = adjustment / kernScale. */
  kernMatrix: string
  kernScale: number
  /** base64, 16-bit LE pairs: glyph id, the code point it stands for (ToUnicode). */
  toUnicode: string
  /** The TrueType tables the per-document subsetter copies from and patches (font-subset.ts), base64, as in the font. */
  head: string
  hhea: string
  maxp: string
  hmtx: string
  glyf: string
  /** base64, 16-bit LE: the short loca table (offset / 2 per glyph id, and one past the last) in native byte order. */
  loca: string
  /** base64, 16-bit LE runs: composite glyph id, n, then the n glyph ids it is built from (all levels). */
  components: string
}
