import type { PDFContext, PDFRef } from './pdf-lib'
import { PDFBytesStream, PDFRawLiteral } from './pdf-raw'
import { deflate } from './deflate'
import { fontResource, type DrawnPage } from './draw'
import { closeOverComponents, subsetSourceOf, subsetTrueType, type SubsetSource } from './font-subset'
import { faces, fontKeys, fromBase64, type Face } from './fonts'
import { codeHex, codeLimit, codeOf, encodingCMap, encodingDict, toUnicodeCodespace } from './glyph-codes'

/** Per face, decoded once per isolate: the subsetter's tables and glyph id -> code point for ToUnicode. */
interface Embeddable {
  face: Face
  source: SubsetSource
  text: Map<number, number>
}

const embeddables = fontKeys.map((key): Embeddable => {
  const face = faces[key]
  const pairs = fromBase64(face.data.toUnicode)
  const view = new DataView(pairs.buffer, pairs.byteOffset, pairs.byteLength)
  const text = new Map<number, number>()
  for (let i = 0; i < pairs.length; i += 4) text.set(view.getUint16(i, true), view.getUint16(i + 2, true))
  const source = subsetSourceOf(face.data)
  if (source.numGlyphs > codeLimit)
    throw new Error(`${face.data.baseFont} has ${source.numGlyphs} glyphs, more than the ${codeLimit} character codes reach: widen glyph-codes.ts`)
  return { face, source, text }
})

const hex4 = (n: number) => n.toString(16).padStart(4, '0')

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

/** A ToUnicode CMap from the used glyphs' codes back to their text. */
const toUnicodeOf = (text: Map<number, number>, used: Uint8Array): string => {
  const lines: string[] = []
  for (let gid = 1; gid < used.length; gid++) {
    const cp = used[gid] ? text.get(gid) : undefined
    if (cp !== undefined) lines.push(`${codeHex(codeOf(gid))} <${hex4(cp)}>`)
  }
  const chunks: string[] = []
  for (let i = 0; i < lines.length; i += 100) {
    const chunk = lines.slice(i, i + 100)
    chunks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`)
  }
  return (
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n' +
    `/CMapType 2 def\n${toUnicodeCodespace}${chunks.join('\n')}\n` +
    'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend'
  )
}

const ascii = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
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
const embedFont = (context: PDFContext, { face, source, text }: Embeddable, used: Uint8Array, encoding: PDFRef): PDFRef => {
  const font = face.data
  closeOverComponents(source, used)
  const register = (syntax: string) => context.register(new PDFRawLiteral(syntax))
  const ttf = subsetTrueType(source, used)
  const program = context.register(new PDFBytesStream(`/Filter /FlateDecode /Length1 ${ttf.length}`, deflate(ttf, 6)))
  const toUnicode = context.register(new PDFBytesStream('/Filter /FlateDecode', deflate(ascii(toUnicodeOf(text, used)))))
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
    `<< /Type /Font /Subtype /Type0 /BaseFont /${baseFont} /Encoding ${encoding.toString()} ` +
      `/DescendantFonts [${cidFont.toString()}] /ToUnicode ${toUnicode.toString()} >>`,
  )
}

// The same for every document: deflated once per isolate.
const encodingStream = deflate(ascii(encodingCMap()), 6)

/** Embeds each face the pages draw with, subset to the glyphs they draw; returns the /Font resource dictionary (F1, F2, F3). */
export const embedFonts = (context: PDFContext, pages: readonly DrawnPage[]): PDFRef => {
  const encoding = context.register(new PDFBytesStream(`${encodingDict} /Filter /FlateDecode`, encodingStream))
  const entries = fontKeys.flatMap((key, i) => {
    const embeddable = embeddables[i]
    if (!embeddable) return []
    const used = new Uint8Array(embeddable.source.numGlyphs)
    for (const page of pages) {
      const drawn = page.glyphs[key]
      for (let gid = 0; gid < used.length; gid++) if (drawn[gid]) used[gid] = 1
    }
    if (!used.includes(1)) return []
    return [`/${fontResource[key]} ${embedFont(context, embeddable, used, encoding).toString()}`]
  })
  return context.register(new PDFRawLiteral(`<< ${entries.join(' ')} >>`))
}
