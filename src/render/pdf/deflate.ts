// pako's zlib port is the deflate pdf-lib already bundles (PDFContext imports pako), so using it adds no bytes to the
// Worker. Its low-level API, not pako.deflate(): that allocates and zeroes ~300 KB of state per call, which cost
// more than the compressing itself over a brief's dozen streams; one state per level is reset instead.
import { deflate as run, deflateInit2, deflateReset } from 'pako/lib/zlib/deflate'
import ZStream from 'pako/lib/zlib/zstream'

const states = new Map<number, ZStream>()

const stateFor = (level: number): ZStream => {
  let strm = states.get(level)
  if (!strm) {
    strm = new ZStream()
    // method 8 (deflate), 15 window bits with the zlib wrapper, memLevel 8, default strategy: zlib's defaults.
    if (deflateInit2(strm, level, 8, 15, 8, 0) !== 0) throw new Error(`deflate: cannot initialise level ${level}`)
    states.set(level, strm)
  }
  return strm
}

/**
 * zlib-wrapped deflate (FlateDecode), synchronous: no promise per stream. Level 6, zlib's default: content streams
 * had level 1 while they spelled each glyph in four hex digits; at one byte a glyph they are half as long, and level 6
 * takes them a tenth smaller again for about what level 1 cost on the hex.
 */
export const deflate = (bytes: Uint8Array, level: 1 | 6 | 9 = 6): Uint8Array => {
  const strm = stateFor(level)
  deflateReset(strm)
  // Worst case (stored blocks): 5 bytes per 16 KiB block, plus the zlib header and checksum.
  const out = new Uint8Array(bytes.length + 5 * Math.ceil(bytes.length / 16384 + 1) + 16)
  strm.input = bytes
  strm.next_in = 0
  strm.avail_in = bytes.length
  strm.output = out
  strm.next_out = 0
  strm.avail_out = out.length
  // Z_FINISH (4) must answer Z_STREAM_END (1): everything in, everything out.
  if (run(strm, 4) !== 1) throw new Error(`deflate: ${strm.msg || 'output buffer too small'}`)
  const written = strm.next_out
  strm.input = null
  strm.output = null
  return out.subarray(0, written)
}
