import { PDFStream, type PDFContext, type PDFObject, type PDFRef } from './pdf-lib'
import { latin1Bytes, PDFBytesStream, singleByteBytes } from './pdf-raw'
import { deflate, objectStreamTuning } from './deflate'

const bytesOf = (object: PDFObject): Uint8Array => {
  const bytes = new Uint8Array(object.sizeInBytes())
  object.copyBytesInto(bytes, 0)
  return bytes
}

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * PNG "Up" prediction (Predictor 12): each row as its bytes minus the row above's, after a filter-type byte. Entry
 * after entry differs in a byte or two (the next index in the object stream), so deflate takes it to a fifth.
 */
const pngUp = (rows: Uint8Array, columns: number): Uint8Array => {
  const out = new Uint8Array(rows.length + rows.length / columns)
  let o = 0
  for (let i = 0; i < rows.length; i += columns) {
    out[o++] = 2
    for (let k = 0; k < columns; k++) {
      const above = i > 0 ? (rows[i - columns + k] ?? 0) : 0
      out[o++] = ((rows[i + k] ?? 0) - above) & 0xff
    }
  }
  return out
}

/**
 * Serialises a context as PDF 1.7 with compressed object streams: every object that is not a stream (pages, link
 * annotations, fonts' dictionaries, outline, metadata) goes into one deflated /ObjStm, and the cross-reference table
 * is a deflated /XRef stream. Streams are written as they are (already deflated where it pays). Deterministic.
 */
export const serializeCompact = (context: PDFContext): Uint8Array => {
  const objects = context.enumerateIndirectObjects()
  const isStream = (o: PDFObject) => o instanceof PDFBytesStream || o instanceof PDFStream
  const packed = objects.filter(([, o]) => !isStream(o))
  const size = context.largestObjectNumber + 3
  const objStmNumber = size - 2
  const xrefNumber = size - 1

  // The object stream: "number offset" pairs, then the objects, each after a newline. Built as one string of
  // single-byte characters (PDF syntax) and encoded once, rather than hundreds of small buffers joined.
  const bodies = packed.map(([, o]) => o.toString())
  let at = 0
  const index = packed.map(([ref], i) => {
    const pair = `${ref.objectNumber} ${at}`
    at += (bodies[i]?.length ?? 0) + 1
    return pair
  })
  const head = `${index.join(' ')}\n`
  const objStm = deflate(singleByteBytes(`${head}${bodies.join('\n')}\n`), objectStreamTuning)

  const parts: Uint8Array[] = [latin1Bytes('%PDF-1.7\n%\x81\x81\x81\x81\n\n')]
  let offset = parts[0]?.length ?? 0
  const offsets = new Map<number, number>()
  const write = (objectNumber: number, body: Uint8Array) => {
    offsets.set(objectNumber, offset)
    const bytes = concat([latin1Bytes(`${objectNumber} 0 obj\n`), body, latin1Bytes('\nendobj\n\n')])
    parts.push(bytes)
    offset += bytes.length
  }
  for (const [ref, o] of objects) if (isStream(o)) write(ref.objectNumber, bytesOf(o))
  write(
    objStmNumber,
    bytesOf(new PDFBytesStream(`/Type /ObjStm /N ${packed.length} /First ${head.length} /Filter /FlateDecode`, objStm)),
  )

  // Cross-reference stream, /W [1 4 2]: type 0 (free) | 1 (offset, generation) | 2 (object stream, index).
  const xref = new Uint8Array(size * 7)
  const xv = new DataView(xref.buffer)
  xv.setUint16(5, 0xffff)
  offsets.set(xrefNumber, offset)
  for (const [n, off] of offsets) {
    xref[n * 7] = 1
    xv.setUint32(n * 7 + 1, off)
  }
  packed.forEach(([ref], i) => {
    xref[ref.objectNumber * 7] = 2
    xv.setUint32(ref.objectNumber * 7 + 1, objStmNumber)
    xv.setUint16(ref.objectNumber * 7 + 5, i)
  })
  const { Root, Info, ID } = context.trailerInfo
  const refText = (r: PDFObject | undefined, key: string) => (r ? ` /${key} ${(r as PDFRef).toString()}` : '')
  write(
    xrefNumber,
    bytesOf(
      new PDFBytesStream(
        `/Type /XRef /Size ${size} /W [1 4 2]${refText(Root, 'Root')}${refText(Info, 'Info')}${refText(ID, 'ID')} ` +
          '/Filter /FlateDecode /DecodeParms << /Columns 7 /Predictor 12 >>',
        deflate(pngUp(xref, 7)),
      ),
    ),
  )
  parts.push(latin1Bytes(`startxref\n${offsets.get(xrefNumber) ?? 0}\n%%EOF`))
  return concat(parts)
}
