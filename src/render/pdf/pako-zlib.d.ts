// The parts of pako 1.0's zlib port that deflate.ts uses (@types/pako describes only its high-level API).
declare module 'pako/lib/zlib/zstream' {
  export default class ZStream {
    input: Uint8Array | null
    next_in: number
    avail_in: number
    output: Uint8Array | null
    next_out: number
    avail_out: number
    msg: string
  }
}
declare module 'pako/lib/zlib/deflate' {
  import type ZStream from 'pako/lib/zlib/zstream'
  export const deflateInit2: (strm: ZStream, level: number, method: number, windowBits: number, memLevel: number, strategy: number) => number
  export const deflateReset: (strm: ZStream) => number
  export const deflate: (strm: ZStream, flush: number) => number
}
