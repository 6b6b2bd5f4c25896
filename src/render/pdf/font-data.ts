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
  /** ToUnicode CMap, deflated, base64. */
  toUnicode: string
  /** TrueType program, deflated, base64. */
  program: string
  /** Uncompressed size of the program (/Length1). */
  programLength: number
}
