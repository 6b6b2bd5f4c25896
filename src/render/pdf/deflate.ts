// The runtime's native zlib (node:zlib, under the nodejs_compat flag in workerd; built into Node for the tools):
// compared with pako, the JavaScript port pdf-lib bundles, it takes a fraction of the CPU warm and, more so, in a
// fresh isolate, where pako runs interpreted until V8 has compiled it (measured in bench; see the README).
import { deflateSync, type ZlibOptions } from 'node:zlib'

/** zlib's defaults at level 6: right for content streams, fonts and the evidence file (measured, see below). */
const general: ZlibOptions = { level: 6 }

/**
 * For the object stream: hundreds of short dictionaries, each most like its near neighbours. A 2 KiB window and
 * smaller blocks (memLevel 4: a Huffman table per 1,024 symbols) suit them: over every topic brief on both papers
 * the object streams come out 5 % smaller (1.5 KB on the largest brief) and deflate 6–18 % faster than with zlib's
 * defaults; the same settings make every other kind of stream larger and slower (`node bench/phases.mjs` compares).
 */
export const objectStreamTuning: ZlibOptions = { level: 6, windowBits: 11, memLevel: 4 }

/** zlib-wrapped deflate (FlateDecode), synchronous; deterministic for the same bytes and settings. */
export const deflate = (bytes: Uint8Array, options: ZlibOptions = general): Uint8Array => deflateSync(bytes, options)
