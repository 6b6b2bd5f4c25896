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
  /** Flat triples: code point, glyph id, advance (1/1000 em). */
  cmap: number[]
  /** Flat triples: left code point, right code point, kerning adjustment (1/1000 em, negative = tighter). */
  kerns: number[]
  /** The CIDFont /W array, ready to write. */
  widths: string
  /** ToUnicode CMap, deflated, base64. */
  toUnicode: string
  /** TrueType program, deflated, base64. */
  program: string
  /** Uncompressed size of the program (/Length1). */
  programLength: number
}
