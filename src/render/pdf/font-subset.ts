import type { FontData } from './font-data'
import { fromBase64 } from './fonts'

/** A face's TrueType tables, decoded once per isolate, ready to copy glyphs from. */
export interface SubsetSource {
  numGlyphs: number
  head: Uint8Array
  hhea: Uint8Array
  maxp: Uint8Array
  hmtx: Uint8Array
  glyf: Uint8Array
  /** Short loca: byte offset / 2 per glyph id. */
  loca: Uint16Array
  /** Composite glyph id -> every glyph id it is built from. */
  components: Map<number, number[]>
}

const u16 = (base64: string): Uint16Array => {
  const bytes = fromBase64(base64)
  return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2)
}

/** Decodes the build-time tables of a face (fonts.generated.ts). */
export const subsetSourceOf = (data: FontData): SubsetSource => {
  const loca = u16(data.loca)
  const runs = u16(data.components)
  const components = new Map<number, number[]>()
  for (let i = 0; i < runs.length; ) {
    const n = runs[i + 1] ?? 0
    components.set(runs[i] ?? 0, Array.from(runs.subarray(i + 2, i + 2 + n)))
    i += 2 + n
  }
  return {
    numGlyphs: loca.length - 1,
    head: fromBase64(data.head),
    hhea: fromBase64(data.hhea),
    maxp: fromBase64(data.maxp),
    hmtx: fromBase64(data.hmtx),
    glyf: fromBase64(data.glyf),
    loca,
    components,
  }
}

/** Adds the components of every used composite glyph, and glyph 0 (.notdef), to `used` (a flag per glyph id). */
export const closeOverComponents = (source: SubsetSource, used: Uint8Array): void => {
  used[0] = 1
  for (let gid = 0; gid < used.length; gid++)
    if (used[gid]) for (const c of source.components.get(gid) ?? []) used[c] = 1
}

const checksum = (bytes: Uint8Array): number => {
  let sum = 0
  const whole = bytes.length & ~3
  for (let i = 0; i < whole; i += 4)
    sum = (sum + (((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0))) >>> 0
  let tail = 0
  for (let i = whole; i < bytes.length; i++) tail |= (bytes[i] ?? 0) << (24 - 8 * (i - whole))
  return (sum + (tail >>> 0)) >>> 0
}

/**
 * A TrueType program with only the used glyphs' outlines; glyph ids stay as they are (unused ones are empty), so
 * content streams, widths and kerning need no renumbering, and the font ends at the highest used glyph id.
 * Tables: glyf, head, hhea, hmtx, loca, maxp — what a CIDFontType2 needs (the same set fontkit's subsetter writes).
 */
export const subsetTrueType = (source: SubsetSource, used: Uint8Array): Uint8Array => {
  let count = Math.min(used.length, source.numGlyphs)
  while (count > 1 && !used[count - 1]) count--
  let glyfSize = 0
  for (let gid = 0; gid < count; gid++)
    if (used[gid]) glyfSize += 2 * ((source.loca[gid + 1] ?? 0) - (source.loca[gid] ?? 0))

  const tables: [string, number][] = [
    ['glyf', glyfSize],
    ['head', source.head.length],
    ['hhea', source.hhea.length],
    ['hmtx', 4 * count],
    ['loca', 2 * (count + 1)],
    ['maxp', source.maxp.length],
  ]
  const headerSize = 12 + 16 * tables.length
  let size = headerSize
  const offsets = tables.map(([, length]) => {
    const at = size
    size += (length + 3) & ~3
    return at
  })
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  const [glyfAt = 0, headAt = 0, hheaAt = 0, hmtxAt = 0, locaAt = 0, maxpAt = 0] = offsets

  let g = glyfAt
  for (let gid = 0; gid < count; gid++) {
    view.setUint16(locaAt + 2 * gid, (g - glyfAt) / 2)
    if (!used[gid]) continue
    const from = 2 * (source.loca[gid] ?? 0)
    const to = 2 * (source.loca[gid + 1] ?? 0)
    out.set(source.glyf.subarray(from, to), g)
    out.set(source.hmtx.subarray(4 * gid, 4 * gid + 4), hmtxAt + 4 * gid)
    g += to - from
  }
  view.setUint16(locaAt + 2 * count, (g - glyfAt) / 2)
  out.set(source.head, headAt)
  view.setUint32(headAt + 8, 0) // checkSumAdjustment, set below
  out.set(source.hhea, hheaAt)
  view.setUint16(hheaAt + 34, count) // numberOfHMetrics
  out.set(source.maxp, maxpAt)
  view.setUint16(maxpAt + 4, count) // numGlyphs

  view.setUint32(0, 0x00010000)
  view.setUint16(4, tables.length)
  const log2 = Math.floor(Math.log2(tables.length))
  view.setUint16(6, 16 << log2)
  view.setUint16(8, log2)
  view.setUint16(10, 16 * tables.length - (16 << log2))
  tables.forEach(([tag, length], i) => {
    const at = 12 + 16 * i
    const offset = offsets[i] ?? 0
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k)
    view.setUint32(at + 4, checksum(out.subarray(offset, offset + length)))
    view.setUint32(at + 8, offset)
    view.setUint32(at + 12, length)
  })
  view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0)
  return out
}
