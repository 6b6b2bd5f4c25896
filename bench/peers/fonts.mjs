// IBM Plex Sans for the peers. @ibm/plex-sans ships only WOFF and WOFF2; a user embedding "the font" into a
// PDF library would use the full TTF, which is the WOFF's tables inflated (WOFF 1.0 is a lossless wrapper).
// We unwrap it once, outside any timing. assets/fonts/*.subset.ttf are our build-time subsets, for comparison.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { projectRoot } from '../bundle.mjs'

const woffDir = join(projectRoot, 'node_modules/@ibm/plex-sans/fonts/complete/woff')
const fullFiles = { regular: 'IBMPlexSans-Regular.woff', bold: 'IBMPlexSans-Bold.woff' }
const subsetFiles = { regular: 'IBMPlexSans-regular.subset.ttf', bold: 'IBMPlexSans-bold.subset.ttf' }

/** WOFF 1.0 -> the sfnt (TTF) it wraps: every table inflated where compressed, 4-byte aligned, same checksums. */
export const woffToSfnt = (woff) => {
  const src = Buffer.from(woff)
  if (src.toString('latin1', 0, 4) !== 'wOFF') throw new Error('woffToSfnt: not a WOFF 1.0 file (expected the signature "wOFF").')
  const flavor = src.readUInt32BE(4)
  const numTables = src.readUInt16BE(12)
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((k) => src.readUInt32BE(at + k))
    const raw = src.subarray(offset, offset + compLength)
    const data = compLength < origLength ? inflateSync(raw) : raw
    if (data.length !== origLength) throw new Error(`woffToSfnt: table ${i} inflated to ${data.length} bytes, expected ${origLength}.`)
    return { tag, checksum, data }
  })
  const pad = (n) => (n + 3) & ~3
  const headerLength = 12 + 16 * numTables
  const out = Buffer.alloc(headerLength + tables.reduce((n, t) => n + pad(t.data.length), 0))
  const entrySelector = Math.floor(Math.log2(numTables))
  const searchRange = 2 ** entrySelector * 16
  out.writeUInt32BE(flavor, 0)
  out.writeUInt16BE(numTables, 4)
  out.writeUInt16BE(searchRange, 6)
  out.writeUInt16BE(entrySelector, 8)
  out.writeUInt16BE(numTables * 16 - searchRange, 10)
  let offset = headerLength
  tables.forEach((t, i) => {
    const at = 12 + i * 16
    out.writeUInt32BE(t.tag, at)
    out.writeUInt32BE(t.checksum, at + 4)
    out.writeUInt32BE(offset, at + 8)
    out.writeUInt32BE(t.data.length, at + 12)
    t.data.copy(out, offset)
    offset += pad(t.data.length)
  })
  return new Uint8Array(out)
}

const read = (dir, files, convert) => Object.fromEntries(Object.entries(files).map(([face, file]) => [face, convert(readFileSync(join(dir, file)))]))

/** The full Regular and Bold as TTF bytes (about 200 KB each): the two faces the briefs use. */
export const fullPlexTtf = () => read(woffDir, fullFiles, woffToSfnt)

/** Our build-time subsets (about 40 KB each), as the Worker embeds them. */
export const subsetPlexTtf = () => read(join(projectRoot, 'assets/fonts'), subsetFiles, (b) => new Uint8Array(b))
