import type { PDFContext, PDFRef } from './pdf-lib'
import { latin1Bytes, PDFBytesStream, PDFRawLiteral } from './pdf-raw'
import { deflate } from './deflate'
import { fontResource, type DrawnPage } from './draw'
import { closeOverComponents, subsetSourceOf, subsetTrueType, type SubsetSource } from './font-subset'
import { faces, fontKeys, fromBase64, type Face, type FontKey } from './fonts'
import { codeLimit, encodingCMap, encodingDict } from './glyph-codes'
import { toUnicodeCMap } from './to-unicode'

/** Per face, decoded once per isolate: the subsetter's tables and glyph id -> code point for ToUnicode. */
interface Embeddable {
  face: Face
  source: SubsetSource
  text: Map<number, number>
}

// The faces are subset alike at build time, so they share a table: one Map per distinct table.
const textTables = new Map<string, Map<number, number>>()
const textOf = (base64: string): Map<number, number> => {
  let text = textTables.get(base64)
  if (text) return text
  const pairs = fromBase64(base64)
  const view = new DataView(pairs.buffer, pairs.byteOffset, pairs.byteLength)
  textTables.set(base64, (text = new Map()))
  for (let i = 0; i < pairs.length; i += 4) text.set(view.getUint16(i, true), view.getUint16(i + 2, true))
  return text
}

const embeddables = fontKeys.map((key): Embeddable => {
  const face = faces[key]
  const text = textOf(face.data.toUnicode)
  const source = subsetSourceOf(face.data)
  if (source.numGlyphs > codeLimit)
    throw new Error(
      `${face.data.baseFont} has ${source.numGlyphs} glyphs, more than the ${codeLimit} character codes reach: ` +
        'widen the two-byte range in glyph-codes.ts',
    )
  return { face, source, text }
})

/** The /W array for the used glyphs: runs of consecutive glyph ids, `[first [w1 w2 ...] ...]`. */
const widthsOf = (face: Face, used: Uint8Array): string => {
  const parts: string[] = []
  for (let gid = 1; gid < used.length; gid++) {
    if (!used[gid]) continue
    const run: number[] = []
    const first = gid
    while (gid < used.length && used[gid]) run.push(face.advance[gid++] ?? 0)
    parts.push(`${first} [${run.join(' ')}]`)
  }
  return `[${parts.join(' ')}]`
}

/** Six capital letters from the set of used glyphs (FNV-1a): a subset tag that differs between different subsets. */
const subsetTag = (used: Uint8Array): string => {
  let h = 0x811c9dc5
  for (let gid = 0; gid < used.length; gid++)
    if (used[gid]) h = Math.imul(h ^ (gid & 0xff) ^ (gid >> 8), 0x01000193) >>> 0
  let tag = ''
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26))
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0
  }
  return tag
}

/** Registers a Type0 / CIDFontType2 font holding only the used glyphs, written directly as PDF syntax. */
const embedFont = (
  context: PDFContext,
  { face, source }: Embeddable,
  used: Uint8Array,
  cmaps: { encoding: PDFRef; toUnicode: PDFRef },
): PDFRef => {
  const font = face.data
  closeOverComponents(source, used)
  const register = (syntax: string) => context.register(new PDFRawLiteral(syntax))
  const ttf = subsetTrueType(source, used)
  const program = context.register(new PDFBytesStream(`/Filter /FlateDecode /Length1 ${ttf.length}`, deflate(ttf)))
  const baseFont = `${subsetTag(used)}+${font.baseFont.slice(font.baseFont.indexOf('+') + 1)}`
  const descriptor = register(
    `<< /Type /FontDescriptor /FontName /${baseFont} /Flags ${font.flags} /FontBBox [${font.bbox.join(' ')}] ` +
      `/ItalicAngle ${font.italicAngle} /Ascent ${font.ascent} /Descent ${font.descent} /CapHeight ${font.capHeight} ` +
      `/XHeight ${font.xHeight} /StemV ${font.stemV} /FontFile2 ${program.toString()} >>`,
  )
  const cidFont = register(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${baseFont} ` +
      `/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor.toString()} ` +
      `/CIDToGIDMap /Identity /DW 1000 /W ${widthsOf(face, used)} >>`,
  )
  return register(
    `<< /Type /Font /Subtype /Type0 /BaseFont /${baseFont} /Encoding ${cmaps.encoding.toString()} ` +
      `/DescendantFonts [${cidFont.toString()}] /ToUnicode ${cmaps.toUnicode.toString()} >>`,
  )
}

// The same for every document: deflated once per isolate.
const encodingStream = deflate(latin1Bytes(encodingCMap()))

/** Per face, a flag per glyph id any page draws (glyph 0 marks a face a page selects), or undefined if none does. */
const usedGlyphs = (pages: readonly DrawnPage[], key: FontKey, count: number): Uint8Array | undefined => {
  const used = new Uint8Array(count)
  for (const page of pages) {
    const drawn = page.glyphs[key]
    for (let gid = 0; gid < count; gid++) if (drawn[gid]) used[gid] = 1
  }
  return used.includes(1) ? used : undefined
}

/**
 * Embeds each face the pages draw with, subset to the glyphs they draw; returns the /Font resource dictionary (F1,
 * F2). Faces with the same glyph-to-text table share one ToUnicode CMap over the glyphs they draw between them.
 */
export const embedFonts = (context: PDFContext, pages: readonly DrawnPage[]): PDFRef => {
  const encoding = context.register(new PDFBytesStream(`${encodingDict} /Filter /FlateDecode`, encodingStream))
  const drawn = fontKeys.flatMap((key, i) => {
    const embeddable = embeddables[i]
    const used = embeddable && usedGlyphs(pages, key, embeddable.source.numGlyphs)
    return embeddable && used ? [{ key, embeddable, used }] : []
  })
  const toUnicodes = new Map<Map<number, number>, PDFRef>()
  /** The ToUnicode CMap for a glyph-to-text table, over the glyphs every face with that table draws. */
  const toUnicodeOf = ({ text, source }: Embeddable): PDFRef => {
    let ref = toUnicodes.get(text)
    if (ref) return ref
    const used = new Uint8Array(source.numGlyphs)
    for (const d of drawn) if (d.embeddable.text === text) d.used.forEach((u, gid) => u && (used[gid] = 1))
    ref = context.register(new PDFBytesStream('/Filter /FlateDecode', deflate(latin1Bytes(toUnicodeCMap(text, used)))))
    toUnicodes.set(text, ref)
    return ref
  }
  // Every ToUnicode before any font: embedFont adds composite glyphs' components to `used`, which no string shows.
  const entries = drawn
    .map((d) => ({ ...d, toUnicode: toUnicodeOf(d.embeddable) }))
    .map(({ key, embeddable, used, toUnicode }) => {
      const font = embedFont(context, embeddable, used, { encoding, toUnicode })
      return `/${fontResource[key]} ${font.toString()}`
    })
  return context.register(new PDFRawLiteral(`<< ${entries.join(' ')} >>`))
}
