import { PDFObject } from './pdf-lib'

const encoder = new TextEncoder()

/** A string of single-byte characters (PDF syntax, CMap programs, the `%\x81…` header comment) as its bytes. */
export const latin1Bytes = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

/** The same bytes as latin1Bytes; for ASCII (nearly always) by the native encoder, far cheaper on long text. */
export const singleByteBytes = (text: string): Uint8Array => (/[^\x00-\x7f]/.test(text) ? latin1Bytes(text) : encoder.encode(text))

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
