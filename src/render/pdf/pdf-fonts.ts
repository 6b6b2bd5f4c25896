import type { PDFContext, PDFRef } from './pdf-lib'
import { PDFBytesStream, PDFRawLiteral } from './pdf-raw'
import type { FontData } from './font-data'
import { fontResource } from './draw'
import { faces, fontKeys, fromBase64, type Face } from './fonts'

const decoded = new Map<string, Uint8Array>()
/** Base64 -> bytes, once per isolate. */
const bytesOf = (base64: string): Uint8Array => {
  let bytes = decoded.get(base64)
  if (!bytes) decoded.set(base64, (bytes = fromBase64(base64)))
  return bytes
}

const widthArrays = new Map<FontData, string>()
/** The /W array: every glyph's advance, from glyph 0. */
const widthsOf = (face: Face): string => {
  let w = widthArrays.get(face.data)
  if (!w) widthArrays.set(face.data, (w = `[0 [${face.advance.join(' ')}]]`))
  return w
}

/** Registers a Type0 / CIDFontType2 font (Identity-H) from precomputed data, written directly as PDF syntax. */
const embedFont = (context: PDFContext, face: Face): PDFRef => {
  const font = face.data
  const register = (text: string) => context.register(new PDFRawLiteral(text))
  const program = context.register(
    new PDFBytesStream(`/Filter /FlateDecode /Length1 ${font.programLength}`, bytesOf(font.program)),
  )
  const toUnicode = context.register(new PDFBytesStream('/Filter /FlateDecode', bytesOf(font.toUnicode)))
  const descriptor = register(
    `<< /Type /FontDescriptor /FontName /${font.baseFont} /Flags ${font.flags} /FontBBox [${font.bbox.join(' ')}] ` +
      `/ItalicAngle ${font.italicAngle} /Ascent ${font.ascent} /Descent ${font.descent} /CapHeight ${font.capHeight} ` +
      `/XHeight ${font.xHeight} /StemV ${font.stemV} /FontFile2 ${program.toString()} >>`,
  )
  const cidFont = register(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${font.baseFont} ` +
      `/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor.toString()} ` +
      `/CIDToGIDMap /Identity /DW 1000 /W ${widthsOf(face)} >>`,
  )
  return register(
    `<< /Type /Font /Subtype /Type0 /BaseFont /${font.baseFont} /Encoding /Identity-H ` +
      `/DescendantFonts [${cidFont.toString()}] /ToUnicode ${toUnicode.toString()} >>`,
  )
}

/** Embeds every face once per document; returns the /Font resource dictionary (F1, F2, F3). */
export const embedFonts = (context: PDFContext): PDFRef => {
  const entries = fontKeys.map((key) => `/${fontResource[key]} ${embedFont(context, faces[key]).toString()}`)
  return context.register(new PDFRawLiteral(`<< ${entries.join(' ')} >>`))
}
