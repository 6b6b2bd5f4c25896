import { describe, expect, it } from 'vitest'
import { renderFactSheetPdf } from '../../src/render/pdf'
import { catalog } from '../support/catalog'

/** Every deflated stream of a PDF: its dictionary and bytes, found in the file as written. */
const deflatedStreams = (bytes: Uint8Array) => {
  const text = new TextDecoder('latin1').decode(bytes)
  const found: { dict: string; data: Uint8Array }[] = []
  for (const m of text.matchAll(/<<((?:[^<>]|<<[^<>]*>>)*\/FlateDecode(?:[^<>]|<<[^<>]*>>)*)>>\s*stream\r?\n/g)) {
    const length = Number(/\/Length (\d+)/.exec(m[1] ?? '')?.[1])
    const start = m.index + m[0].length
    found.push({ dict: m[1] ?? '', data: bytes.subarray(start, start + length) })
  }
  return found
}

/** zlib's first byte names the window: 0x78 for 32 KiB, 0x38 for 2 KiB. */
const windowOf = (data: Uint8Array) => 1 << (((data[0] ?? 0) >> 4) + 8)

const inflate = async (data: Uint8Array) =>
  new Uint8Array(await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer())

// The object stream is deflated with its own settings (src/render/pdf/deflate.ts): workerd's node:zlib must honour
// them, and a reader other than the one that wrote them must read the result.
describe('deflate settings in the Worker', () => {
  it('deflates the object stream with a 2 KiB window and every other stream with zlib’s 32 KiB, all readable', async () => {
    const bytes = await renderFactSheetPdf(catalog.sheets[0]!, { paper: 'a4', origin: 'https://example.com', provenance: catalog.provenance })
    const streams = deflatedStreams(bytes)
    const isObjStm = (s: { dict: string }) => s.dict.includes('/Type /ObjStm')
    expect(streams.filter(isObjStm).map((s) => windowOf(s.data))).toEqual([2048])
    const others = streams.filter((s) => !isObjStm(s))
    expect(others.length).toBeGreaterThan(3)
    expect(new Set(others.map((s) => windowOf(s.data)))).toEqual(new Set([32768]))
    for (const s of streams) expect((await inflate(s.data)).length).toBeGreaterThan(s.data.length / 2)
  })
})
