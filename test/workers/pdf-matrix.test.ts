import { exports } from 'cloudflare:workers'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { stanceIds } from '../../src/curation/types'
import { buildPositionMatrix } from '../../src/factsheet/matrix'
import type { FactSheet } from '../../src/factsheet/model'
import { paperSizes, renderMatrixPdf } from '../../src/render/pdf'
import { composeMatrix } from '../../src/render/pdf/compose-matrix'
import { landscape, pageSizes } from '../../src/render/pdf/options'
import { frameOf, measure } from '../../src/render/pdf/pages'
import { stanceShapes } from '../../src/vocabulary'
import { catalog } from '../support/catalog'

const get = (path: string, init?: RequestInit) =>
  exports.default.fetch(`http://localhost${path}`, { redirect: 'manual', ...init })
const origin = 'https://example.com'
const matrix = buildPositionMatrix(catalog.sheets, catalog.story.actors)

/** The sheets repeated under new slugs until there are n, to see how the matrix copes with more topics. */
const topicsOf = (n: number): FactSheet[] =>
  Array.from({ length: n }, (_, i) => {
    const sheet = catalog.sheets[i % catalog.sheets.length]!
    return { ...sheet, slug: `${sheet.slug}-${i}`, title: `${sheet.title} (${i})` }
  })

/** Every link annotation's URI (or undefined for an internal link) and rectangle, page by page. */
const linksOf = (doc: PDFDocument) =>
  doc.getPages().map((page) =>
    (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []).map((ref) => {
      const annot = doc.context.lookup(ref, PDFDict)
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict)
      const rect = annot
        .lookup(PDFName.of('Rect'), PDFArray)
        .asArray()
        .map((n) => Number(n.toString()))
      return { uri: action?.lookupMaybe(PDFName.of('URI'), PDFString)?.decodeText(), rect }
    }),
  )

const infoOf = (doc: PDFDocument) => doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)

describe('GET /matrix.pdf', () => {
  it('answers with an attachment named matrix.pdf, an ETag, and 304 when the client holds it', async () => {
    const res = await get('/matrix.pdf')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/pdf')
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="matrix.pdf"')
    const etag = res.headers.get('ETag')!
    expect(etag).toContain(catalog.dataVersion)
    expect(new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
    const again = await get('/matrix.pdf', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('is landscape A4 by default and landscape Letter with ?paper=letter, each with its own ETag', async () => {
    const a4 = await get('/matrix.pdf')
    const letter = await get('/matrix.pdf?paper=letter')
    expect(a4.headers.get('ETag')).not.toBe(letter.headers.get('ETag'))
    for (const [res, size] of [
      [a4, [841.89, 595.28]],
      [letter, [792, 612]],
    ] as const) {
      const doc = await PDFDocument.load(await res.arrayBuffer())
      expect(doc.getPageCount()).toBe(1)
      const { width, height } = doc.getPage(0).getSize()
      expect([width, height]).toEqual(size)
    }
  })

  it('rejects an unknown paper size with 400 naming the allowed ones', async () => {
    const res = await get('/matrix.pdf?paper=a5')
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('a4, letter')
  })
})

describe('renderMatrixPdf', () => {
  for (const paper of paperSizes)
    it(`fits the ${matrix.rows.length} topics on one landscape ${paper} page, every cell a link to its actor's section`, async () => {
      const doc = await PDFDocument.load(await renderMatrixPdf(matrix, { paper, origin, provenance: catalog.provenance }))
      expect(doc.getPageCount()).toBe(1)
      const { width, height } = doc.getPage(0).getSize()
      expect(width).toBeGreaterThan(height)
      const links = linksOf(doc)[0]!
      for (const row of matrix.rows)
        for (const cell of row.cells) {
          const hits = links.filter((l) => l.uri === `${origin}/topics/${row.slug}#${cell.actor}`)
          expect(hits, `${row.slug}#${cell.actor}`).toHaveLength(1)
          const [x1, y1, x2, y2] = hits[0]!.rect as [number, number, number, number]
          expect(x1).toBeGreaterThanOrEqual(0)
          expect(y1).toBeGreaterThanOrEqual(0)
          expect(x2).toBeLessThanOrEqual(width)
          expect(y2).toBeLessThanOrEqual(height)
          expect(x2 - x1).toBeGreaterThan(50)
          expect(y2 - y1).toBeGreaterThan(10)
        }
      // Cell links tile the table: no two overlap.
      const cells = links
        .filter((l) => /#\w+$/.test(l.uri ?? ''))
        .map((l) => l.rect as [number, number, number, number])
      expect(cells).toHaveLength(matrix.rows.length * matrix.columns.length)
      for (const [i, a] of cells.entries())
        for (const b of cells.slice(i + 1))
          expect(a[2] <= b[0] + 0.01 || b[2] <= a[0] + 0.01 || a[3] <= b[1] + 0.01 || b[3] <= a[1] + 0.01).toBe(true)
      // Topic titles link to the brief, actor names to the actor's record.
      for (const row of matrix.rows)
        expect(
          links.some((l) => l.uri === `${origin}${row.href}`),
          row.slug,
        ).toBe(true)
      for (const column of matrix.columns)
        expect(
          links.some((l) => l.uri === `${origin}${column.href}`),
          column.actor,
        ).toBe(true)
    })

  it('records the data version in the metadata, and renders byte-identical twice', async () => {
    const bytes = await renderMatrixPdf(matrix, { paper: 'a4', origin, provenance: catalog.provenance })
    const info = infoOf(await PDFDocument.load(bytes, { updateMetadata: false }))
    expect(info.lookup(PDFName.of('DataVersion'), PDFString).decodeText()).toBe(catalog.dataVersion)
    expect(bytes).toEqual(await renderMatrixPdf(matrix, { paper: 'a4', origin, provenance: catalog.provenance }))
  })

  it('shrinks the type to keep more topics on one page', async () => {
    const { width, height } = frameOf(landscape(pageSizes.a4))
    const nine = composeMatrix(matrix, { width, measure, origin }, height)
    const more = composeMatrix(buildPositionMatrix(topicsOf(13), catalog.story.actors), { width, measure, origin }, height)
    expect(more.pages).toHaveLength(1)
    expect(more.scale).toBeLessThan(nine.scale)
    const doc = await PDFDocument.load(
      await renderMatrixPdf(buildPositionMatrix(topicsOf(13), catalog.story.actors), { paper: 'a4', origin, provenance: catalog.provenance }),
    )
    expect(doc.getPageCount()).toBe(1)
  })

  it('runs on over further landscape pages when even the smallest type would not fit, still linking every cell', async () => {
    const big = buildPositionMatrix(topicsOf(40), catalog.story.actors)
    const doc = await PDFDocument.load(await renderMatrixPdf(big, { paper: 'letter', origin, provenance: catalog.provenance }))
    expect(doc.getPageCount()).toBeGreaterThan(1)
    for (const page of doc.getPages()) expect(page.getWidth()).toBeGreaterThan(page.getHeight())
    const uris = linksOf(doc)
      .flat()
      .map((l) => l.uri)
    for (const row of big.rows)
      for (const cell of row.cells)
        expect(
          uris.filter((u) => u === `${origin}${cell.href}`),
          cell.href,
        ).toHaveLength(1)
    // The column heads repeat on every page: each actor's name links to its record once per page.
    for (const links of linksOf(doc)) expect(links.filter((l) => l.uri === `${origin}/actors/us`)).toHaveLength(1)
  })
})

describe('composeMatrix', () => {
  it('gives each stance its own shape, so no stance rests on colour alone', () => {
    expect(new Set(stanceIds.map((s) => stanceShapes[s])).size).toBe(stanceIds.length)
  })

  for (const paper of paperSizes)
    it(`draws every cell's stance as a mark of its shape, and keeps everything inside the ${paper} frame`, () => {
      const { width, height } = frameOf(landscape(pageSizes[paper]))
      const { pages } = composeMatrix(matrix, { width, measure, origin }, height)
      const blocks = pages.flat()
      const total = blocks.reduce(
        (h, b, i) => h + (i > 0 ? b.spaceBefore : 0) + b.rows.reduce((r, row) => r + row.height, 0),
        0,
      )
      expect(total).toBeLessThanOrEqual(height)
      const items = blocks.flatMap((b) => b.rows.flatMap((r) => r.items))
      for (const item of items) {
        expect(item.x).toBeGreaterThanOrEqual(0)
        expect(item.x + item.width, item.kind === 'text' ? item.text : item.kind).toBeLessThanOrEqual(width + 1e-9)
      }
      const marks = items.filter((i) => i.kind === 'mark')
      // One per cell, and one per legend entry.
      expect(marks).toHaveLength(matrix.rows.length * matrix.columns.length + stanceIds.length)
      const cellShapes = matrix.rows.flatMap((r) => r.cells.map((c) => stanceShapes[c.stance]))
      expect(marks.slice(stanceIds.length).map((m) => (m.kind === 'mark' ? m.shape : ''))).toEqual(cellShapes)
    })
})
