import { PDFName, PDFObject, PDFRawStream, PDFString, type PDFContext, type PDFRef } from './pdf-lib'
import type { FontData } from './font-data'
import { fontResource } from './draw'
import { faces, fontKeys, fromBase64, type Face } from './fonts'

/** Bytes already in PDF syntax (the precomputed /W array), written as they are. */
class PDFRawLiteral extends PDFObject {
  constructor(private readonly text: string) {
    super()
  }
  override clone(): PDFRawLiteral {
    return new PDFRawLiteral(this.text)
  }
  override toString(): string {
    return this.text
  }
  override sizeInBytes(): number {
    return this.text.length
  }
  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    for (let i = 0; i < this.text.length; i++) buffer[offset + i] = this.text.charCodeAt(i)
    return this.text.length
  }
}

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

const flate = (context: PDFContext, deflated: Uint8Array, extra: Record<string, number> = {}): PDFRawStream =>
  PDFRawStream.of(context.obj({ Filter: 'FlateDecode', Length: deflated.length, ...extra }), deflated)

/** Registers a Type0 / CIDFontType2 font (Identity-H) from precomputed data; no font parsing or compression. */
const embedFont = (context: PDFContext, face: Face): PDFRef => {
  const font = face.data
  const program = context.register(flate(context, bytesOf(font.program), { Length1: font.programLength }))
  const toUnicode = context.register(flate(context, bytesOf(font.toUnicode)))
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: font.baseFont,
      Flags: font.flags,
      FontBBox: font.bbox,
      ItalicAngle: font.italicAngle,
      Ascent: font.ascent,
      Descent: font.descent,
      CapHeight: font.capHeight,
      XHeight: font.xHeight,
      StemV: font.stemV,
      FontFile2: program,
    }),
  )
  const cidFont = context.obj({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: font.baseFont,
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
    FontDescriptor: descriptor,
    CIDToGIDMap: 'Identity',
    DW: 1000,
  })
  cidFont.set(PDFName.of('W'), new PDFRawLiteral(widthsOf(face)))
  return context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: font.baseFont,
      Encoding: 'Identity-H',
      DescendantFonts: [context.register(cidFont)],
      ToUnicode: toUnicode,
    }),
  )
}

/** Embeds every face once per document; returns the /Font resource dictionary (F1, F2, F3). */
export const embedFonts = (context: PDFContext): PDFRef => {
  const dict: Record<string, PDFRef> = {}
  for (const key of fontKeys) dict[fontResource[key]] = embedFont(context, faces[key])
  return context.register(context.obj(dict))
}
