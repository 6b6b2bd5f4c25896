// The runtime's native zlib (node:zlib, under the nodejs_compat flag in workerd; built into Node for the tools):
// compared with pako, the JavaScript port pdf-lib bundles, it takes a fraction of the CPU warm and, more so, in a
// fresh isolate, where pako runs interpreted until V8 has compiled it (measured in bench; see the README).
import { deflateSync } from 'node:zlib'

/** zlib-wrapped deflate (FlateDecode), synchronous; deterministic for the same bytes and level. */
export const deflate = (bytes: Uint8Array, level = 6): Uint8Array => deflateSync(bytes, { level })
