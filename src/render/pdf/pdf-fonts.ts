import type { PDFContext, PDFRef } from './pdf-lib'
import { PDFBytesStream, PDFRawLiteral } from './pdf-raw'
import { deflate } from './deflate'
import { fontResource } from './draw'
import { closeOverComponents, subsetSourceOf, subsetTrueType, type SubsetSource } from './font-subset'
import { faces, fontKeys, fromBase64, type Face } from './fonts'
import { glyphUsage } from './glyph-usage'

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
  return { face, source: subsetSourceOf(face.data), text }
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

/** A ToUnicode CMap for the used glyphs (2-byte codes under Identity-H) back to their text. */
const toUnicodeOf = (text: Map<number, number>, used: Uint8Array): string => {
  const lines: string[] = []
  for (let gid = 1; gid < used.length; gid++) {
    const cp = used[gid] ? text.get(gid) : undefined
    if (cp !== undefined) lines.push(`<${hex4(gid)}> <${hex4(cp)}>`)
  }
  const chunks: string[] = []
  for (let i = 0; i < lines.length; i += 100) {
    const chunk = lines.slice(i, i + 100)
    chunks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`)
  }
  return (
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n' +
    `/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${chunks.join('\n')}\n` +
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

/** Registers a Type0 / CIDFontType2 font (Identity-H) holding only the used glyphs, written directly as PDF syntax. */
const embedFont = (context: PDFContext, { face, source, text }: Embeddable, used: Uint8Array): PDFRef => {
  const font = face.data
  closeOverComponents(source, used)
  const register = (syntax: string) => context.register(new PDFRawLiteral(syntax))
  const ttf = subsetTrueType(source, used)
  const program = context.register(new PDFBytesStream(`/Filter /FlateDecode /Length1 ${ttf.length}`, deflate(ttf)))
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
    `<< /Type /Font /Subtype /Type0 /BaseFont /${baseFont} /Encoding /Identity-H ` +
      `/DescendantFonts [${cidFont.toString()}] /ToUnicode ${toUnicode.toString()} >>`,
  )
}

/**
 * Embeds each face the content streams use, subset to the glyphs they draw (found by reading the streams, so
 * nothing about drawing has to report them); returns the /Font resource dictionary (F1, F2, F3).
 */
export const embedFonts = (context: PDFContext, contents: readonly Uint8Array[]): PDFRef => {
  const glyphCount = Math.max(...embeddables.map((e) => e.source.numGlyphs))
  const usage = glyphUsage(contents, glyphCount)
  const entries = fontKeys.flatMap((key, i) => {
    const used = usage.get(fontResource[key])
    const embeddable = embeddables[i]
    return used && embeddable ? [`/${fontResource[key]} ${embedFont(context, embeddable, used).toString()}`] : []
  })
  return context.register(new PDFRawLiteral(`<< ${entries.join(' ')} >>`))
}
