import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, type PDFObject } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { PageCanvas } from '../../src/render/pdf/draw'
import { faces, glyphOf, type FontKey } from '../../src/render/pdf/fonts'
import { isEscaped, oneByteCids } from '../../src/render/pdf/glyph-codes'
import { writePdf } from '../../src/render/pdf/pdf-write'
import { StructTree } from '../../src/render/pdf/struct-tree'
import { tag } from '../../src/render/pdf/tags'
import { styles } from '../../src/render/pdf/theme'
import { tokenise } from '../support/content-stream'

// Text is drawn in one- and two-byte codes through an embedded CMap: read the document back as a viewer does (code ->
// CID by the /Encoding CMap, code -> text by /ToUnicode) and get the drawn glyphs and text back.

/** Characters whose glyph takes a two-byte code whose low byte a literal string must escape. */
const escapedLowByte = (key: FontKey): string => {
  let found = ''
  for (let cp = 0x21; cp < 0x2100; cp++) {
    const gid = glyphOf(faces[key], cp)
    if (gid >= oneByteCids && isEscaped((gid - oneByteCids) & 0xff) && gid !== faces[key].data.replacement)
      found += String.fromCodePoint(cp)
  }
  return found
}

const lines: { text: string; font: FontKey }[] = [
  { text: 'Plain (ASCII) text, a \\ backslash and 100% “curly” quotes — kerned: AVATAR Ty.', font: 'regular' },
  { text: 'Київ and Москва, Łódź, naïve café, Ğ ő ŧ', font: 'bold' },
  { text: `Two-byte codes with an escaped low byte: ${escapedLowByte('bold')}`, font: 'bold' },
  { text: `And again in the regular face: ${escapedLowByte('regular')} (done)`, font: 'regular' },
]

const bytesOf = (doc: PDFDocument, o: PDFObject | undefined): Uint8Array =>
  decodePDFRawStream(doc.context.lookup(o) as PDFRawStream).decode()
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes)

/** A CMap's codespace ranges, cidranges and code -> text (bfchar, bfrange), read from its program. */
const parseCMap = (text: string) => {
  const hex = (h: string) => parseInt(h.slice(1, -1), 16)
  const sections = (name: string) =>
    [...text.matchAll(new RegExp(`begin${name}\\n([^]*?)\\nend${name}`, 'g'))].flatMap((m) =>
      (m[1] ?? '').split('\n').map((l) => l.split(' ')),
    )
  return {
    codespace: sections('codespacerange').map(([lo = '', hi = '']) => ({ lo: hex(lo), hi: hex(hi), bytes: (lo.length - 2) / 2 })),
    cids: sections('cidrange').map(([lo = '', hi = '', cid = '']) => ({ lo: hex(lo), hi: hex(hi), cid: Number(cid) })),
    unicode: new Map([
      ...sections('bfchar').map(([code = '', text = '']) => [hex(code), String.fromCharCode(hex(text))] as const),
      ...sections('bfrange').flatMap(([lo = '', hi = '', text = '']) =>
        Array.from({ length: hex(hi) - hex(lo) + 1 }, (_, i) => [hex(lo) + i, String.fromCharCode(hex(text) + i)] as const),
      ),
    ]),
  }
}

/** A literal string token's bytes as ISO 32000 reads them: escapes resolved, a bare end of line read as LF. */
const unescape = (token: string): number[] => {
  const out: number[] = []
  const named: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 }
  for (let i = 1; i < token.length - 1; i++) {
    const c = token[i] ?? ''
    if (c === '\r') {
      if (token[i + 1] === '\n') i++
      out.push(10)
    } else if (c !== '\\') out.push(c.charCodeAt(0))
    else {
      const next = token[++i] ?? ''
      if (next === '\n' || next === '\r') {
        // A backslash before an end of line continues the string: neither is part of it.
        if (next === '\r' && token[i + 1] === '\n') i++
        continue
      }
      const octal = /^[0-7]{1,3}/.exec(token.slice(i, i + 3))?.[0]
      if (octal) {
        out.push(parseInt(octal, 8))
        i += octal.length - 1
      } else out.push(named[next] ?? next.charCodeAt(0))
    }
  }
  return out
}

describe('short character codes', () => {
  it('read back, through the embedded encoding CMap and ToUnicode, as the glyphs and text drawn', async () => {
    const tree = new StructTree()
    const canvas = new PageCanvas(tree, 0)
    lines.forEach((l, i) => canvas.write(72, 700 - 20 * i, l.text, { ...styles.lead, font: l.font }, tag('P')))
    const bytes = await writePdf({
      pages: [canvas.finish()],
      tree,
      size: { width: 595, height: 842 },
      anchors: new Map(),
      outline: [],
      meta: { title: 'Codes', subject: '', keywords: '', author: '', creator: '', producer: '', date: '2023-03-21', dataVersion: 'x' },
      compress: false,
    })
    const doc = await PDFDocument.load(bytes, { updateMetadata: false })
    const page = doc.getPages()[0]!
    const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict)
    const fontOf = (resource: string) => {
      const font = fonts.lookup(PDFName.of(resource.slice(1)), PDFDict)
      return {
        encoding: parseCMap(latin1(bytesOf(doc, font.get(PDFName.of('Encoding'))))),
        toUnicode: parseCMap(latin1(bytesOf(doc, font.get(PDFName.of('ToUnicode'))))),
      }
    }

    const drawn: { text: string; cids: number[] }[] = []
    let font: ReturnType<typeof fontOf> | undefined
    let operands: string[] = []
    let twoByte = 0
    for (const token of tokenise(bytesOf(doc, page.node.get(PDFName.of('Contents'))))) {
      if (token.kind === 'operand') operands.push(token.text)
      else {
        if (token.text === 'Tf') font = fontOf(operands[0] ?? '')
        if (token.text === 'TJ' && font) {
          const line = { text: '', cids: [] as number[] }
          for (const s of operands.filter((o) => o.startsWith('('))) {
            const b = unescape(s)
            for (let i = 0; i < b.length; ) {
              // The shortest codespace range that holds the next bytes decides the code's length.
              const range = font.encoding.codespace.find((r) => {
                let code = 0
                for (let k = 0; k < r.bytes; k++) code = code * 256 + (b[i + k] ?? -1)
                return code >= r.lo && code <= r.hi
              })
              expect(range, `bytes at ${i} of ${s}`).toBeDefined()
              let code = 0
              for (let k = 0; k < range!.bytes; k++) code = code * 256 + (b[i++] ?? 0)
              if (range!.bytes === 2) twoByte++
              const cids = font.encoding.cids.find((r) => code >= r.lo && code <= r.hi)
              line.cids.push(cids ? cids.cid + code - cids.lo : 0)
              line.text += font.toUnicode.unicode.get(code) ?? '\ufffd'
            }
          }
          drawn.push(line)
        }
        operands = []
      }
    }

    expect(drawn.map((d) => d.text)).toEqual(lines.map((l) => l.text))
    // CIDs are glyph ids (/CIDToGIDMap /Identity): the CMap leads each code to the glyph the renderer chose.
    drawn.forEach((d, i) => {
      const face = faces[lines[i]!.font]
      expect(d.cids).toEqual([...lines[i]!.text].map((c) => glyphOf(face, c.codePointAt(0)!)))
    })
    expect(twoByte).toBeGreaterThan(20)
    expect(escapedLowByte('bold').length).toBeGreaterThan(0)
  })
})
