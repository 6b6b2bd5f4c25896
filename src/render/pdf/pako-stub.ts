// Stands in for pako (wrangler.toml [alias]): pdf-lib calls only pako.deflate, for streams we never ask it to write
// (deflate.ts compresses ours with the runtime's native zlib), yet bundling pako costs ~30 KiB of code to parse in
// every isolate. Same zlib format, so anything pdf-lib does deflate still reads.
import { deflate } from './deflate'

export default { deflate: (data: Uint8Array): Uint8Array => deflate(data) }
