import { isEscaped } from './glyph-codes'

/** A number with at most two decimals, as PDF syntax; integer arithmetic, as double-to-string is slow. */
export const num = (n: number): string => {
  const r = Math.round(n * 100)
  const a = r < 0 ? -r : r
  const i = Math.floor(a / 100)
  const f = a - i * 100
  const s = f === 0 ? String(i) : f % 10 === 0 ? `${i}.${f / 10}` : `${i}.${f < 10 ? '0' : ''}${f}`
  return r < 0 ? `-${s}` : s
}

/** An append-only byte buffer for content streams: character codes go straight to bytes, no string building. */
export class ContentWriter {
  private buffer: Uint8Array
  private length = 0

  constructor(capacity = 16384) {
    this.buffer = new Uint8Array(capacity)
  }

  /** Empties the writer, keeping its buffer for reuse. */
  reset(): this {
    this.length = 0
    return this
  }

  private ensure(n: number): void {
    if (this.length + n <= this.buffer.length) return
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + n))
    grown.set(this.buffer.subarray(0, this.length))
    this.buffer = grown
  }

  /** Appends ASCII text (operators, numbers, names). */
  ascii(text: string): void {
    this.ensure(text.length)
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i)
  }

  /** Appends a character code (glyph-codes.ts) in a literal string: 1 or 2 bytes, escaped where the syntax needs it. */
  code(code: number): void {
    this.ensure(3)
    const b = this.buffer
    if (code < 0x100) {
      b[this.length++] = code
      return
    }
    b[this.length++] = code >> 8
    const low = code & 0xff
    if (isEscaped(low)) b[this.length++] = 0x5c
    b[this.length++] = low === 0x0a ? 0x6e : low === 0x0d ? 0x72 : low
  }

  /** Appends another writer's bytes. */
  append(other: ContentWriter): void {
    this.ensure(other.length)
    this.buffer.set(other.buffer.subarray(0, other.length), this.length)
    this.length += other.length
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length)
  }
}
