// pako is the deflate pdf-lib already bundles (PDFContext imports it), so using it adds no bytes to the Worker.
import { deflate as pakoDeflate } from 'pako'

/**
 * zlib-wrapped deflate (FlateDecode), synchronous: no promise per stream. Level 1 by measurement: on a brief's
 * content streams it takes ~40 % of level 6's CPU for ~30 % more bytes (bench/README.md).
 */
export const deflate = (bytes: Uint8Array, level: 1 | 6 | 9 = 1): Uint8Array => pakoDeflate(bytes, { level })
