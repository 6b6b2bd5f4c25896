import { PDFObject } from './pdf-lib'

const encoder = new TextEncoder()

// Native encodeInto copies a long ASCII string several times faster than a loop over charCodeAt.
const writeAscii = (text: string, buffer: Uint8Array, offset: number): number => {
  if (text.length > 64) return encoder.encodeInto(text, buffer.subarray(offset)).written
  for (let i = 0; i < text.length; i++) buffer[offset + i] = text.charCodeAt(i)
  return text.length
}

/** An object already written in PDF syntax (ASCII), e.g. the /W array or a link annotation: copied as it is. */
export class PDFRawLiteral extends PDFObject {
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
    return writeAscii(this.text, buffer, offset)
  }
}

/** A stream written from its dictionary entries in PDF syntax and its ready bytes (copied with one `set`). */
export class PDFBytesStream extends PDFObject {
  private readonly head: string
  constructor(
    entries: string,
    private readonly contents: Uint8Array,
  ) {
    super()
    this.head = `<< ${entries} /Length ${contents.length} >>\nstream\n`
  }
  override clone(): PDFBytesStream {
    return this
  }
  override toString(): string {
    return `${this.head}...\nendstream`
  }
  override sizeInBytes(): number {
    return this.head.length + this.contents.length + 10
  }
  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const start = offset
    offset += writeAscii(this.head, buffer, offset)
    buffer.set(this.contents, offset)
    offset += this.contents.length
    offset += writeAscii('\nendstream', buffer, offset)
    return offset - start
  }
}

/** A PDF literal string `( ... )` with the characters that need it escaped; ASCII input (URLs). */
export const literalString = (text: string): string =>
  `(${text.replace(/[\\()]/g, '\\$&').replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c))})`

const hexBytes = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase())

/** A PDF text string: a literal when it is printable ASCII, else UTF-16BE hex with a byte order mark. */
export const textString = (text: string): string => {
  let ascii = true
  for (let i = 0; i < text.length && ascii; i++) {
    const c = text.charCodeAt(i)
    ascii = c >= 0x20 && c < 0x7f
  }
  if (ascii) return `(${text.replace(/[\\()]/g, '\\$&')})`
  let hex = '<FEFF'
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    hex += (hexBytes[c >> 8] ?? '00') + (hexBytes[c & 255] ?? '00')
  }
  return `${hex}>`
}
