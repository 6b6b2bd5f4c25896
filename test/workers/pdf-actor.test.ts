import { exports } from 'cloudflare:workers'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { buildActorRecord } from '../../src/factsheet/actor-record'
import { paperSizes, renderActorPdf } from '../../src/render/pdf'
import { actorTitle, composeActor } from '../../src/render/pdf/compose-actor'
import { pageSizes } from '../../src/render/pdf/options'
import { frameOf, measure } from '../../src/render/pdf/pages'
import { actorIds, catalog } from '../support/catalog'

const get = (path: string, init?: RequestInit) =>
  exports.default.fetch(`http://localhost${path}`, { redirect: 'manual', ...init })
const origin = 'https://example.com'
const sizes = { a4: [595.28, 841.89], letter: [612, 792] } as const

describe('GET /actors/:id.pdf', () => {
  it.each(actorIds)('%s: a PDF attachment named actor-%s.pdf, with an ETag and 304', async (actor) => {
    const res = await get(`/actors/${actor}.pdf`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/pdf')
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="actor-${actor}.pdf"`)
    const etag = res.headers.get('ETag')!
    expect(etag).toContain(catalog.dataVersion)
    const doc = await PDFDocument.load(await res.arrayBuffer())
    expect(doc.getTitle()).toBe(`${buildActorRecord(actor, catalog.sheets).actorName}: positions on every topic`)
    const again = await get(`/actors/${actor}.pdf`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('serves Letter with ?paper=letter under its own ETag, and rejects an unknown paper with 400', async () => {
    const a4 = await get('/actors/china.pdf')
    const letter = await get('/actors/china.pdf?paper=letter')
    expect(letter.headers.get('ETag')).not.toBe(a4.headers.get('ETag'))
    expect((await PDFDocument.load(await letter.arrayBuffer())).getPage(0).getSize()).toEqual({
      width: 612,
      height: 792,
    })
    const bad = await get('/actors/china.pdf?paper=tabloid')
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain('a4, letter')
  })

  it('redirects a mixed-case id to the lower-case PDF, keeping the query', async () => {
    const res = await get('/actors/NATO.pdf?paper=letter')
    expect(res.status).toBe(301)
    expect(res.headers.get('Location')).toBe('/actors/nato.pdf?paper=letter')
  })

  it('answers an unknown id with 404', async () => {
    for (const id of ['eu', 'usa', 'x.y']) {
      const res = await get(`/actors/${id}.pdf`)
      expect(res.status, id).toBe(404)
      expect(await res.text()).toContain(actorIds.join(', '))
    }
  })

  it('serves the PDF on /actors/:id when the client prefers it, and HTML otherwise, varying by Accept', async () => {
    const pdf = await get('/actors/russia', { headers: { Accept: 'application/pdf' } })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf')
    expect(pdf.headers.get('Content-Disposition')).toBe('attachment; filename="actor-russia.pdf"')
    expect(pdf.headers.get('Vary')).toBe('Accept')
    for (const accept of ['text/html', 'application/pdf;q=0.5, text/html', 'application/json', '*/*']) {
      const html = await get('/actors/russia', { headers: { Accept: accept } })
      expect(html.headers.get('Content-Type'), accept).toContain('text/html')
      expect(html.headers.get('Vary'), accept).toBe('Accept')
    }
  })
})

describe('renderActorPdf', () => {
  for (const actor of actorIds)
    for (const paper of paperSizes)
      it(`${actor} on ${paper}: page size, metadata, an outline entry per topic, links to every source`, async () => {
        const record = buildActorRecord(actor, catalog.sheets)
        const doc = await PDFDocument.load(await renderActorPdf(record, { paper, origin, provenance: catalog.provenance }), { updateMetadata: false })
        for (const page of doc.getPages()) expect(Object.values(page.getSize())).toEqual(sizes[paper])
        expect(doc.getTitle()).toBe(actorTitle(record))
        expect(doc.getKeywords()).toContain(record.actorName)
        expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en')
        // Overview, a section per topic, speakers, sources.
        const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)
        expect(outlines.get(PDFName.of('Count'))?.toString()).toBe(String(record.topics.length + 3))
        const uris = doc
          .getPages()
          .flatMap((p) => p.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? [])
          .map((ref) =>
            doc.context
              .lookup(ref, PDFDict)
              .lookupMaybe(PDFName.of('A'), PDFDict)
              ?.lookupMaybe(PDFName.of('URI'), PDFString)
              ?.decodeText(),
          )
        for (const ref of record.references) expect(uris, `[${ref.n}]`).toContain(`${origin}${ref.href}`)
        for (const topic of record.topics) expect(uris, topic.slug).toContain(`${origin}${topic.href}`)
      })

  it('is deterministic: two renders are byte-identical', async () => {
    const record = buildActorRecord('us', catalog.sheets)
    expect(await renderActorPdf(record, { paper: 'a4', origin, provenance: catalog.provenance })).toEqual(
      await renderActorPdf(record, { paper: 'a4', origin, provenance: catalog.provenance }),
    )
  })
})

describe('composeActor', () => {
  it.each(actorIds)('%s: each topic’s statements in order under its heading, then speakers and sources', (actor) => {
    const record = buildActorRecord(actor, catalog.sheets)
    const blocks = composeActor(record, { width: 450, height: 700, measure, prefix: '', origin })
    const anchors = blocks.map((b) => b.anchor).filter((a): a is string => a !== undefined)
    const expected = [
      'overview',
      ...record.topics.flatMap((t) => [`topic/${t.slug}`, ...t.statements.map((s) => `${t.slug}/${s.id}`)]),
      'speakers',
      'sources',
      ...record.references.map((r) => `ref-${r.n}`),
    ]
    expect(anchors).toEqual(expected)
    // The speakers table: one block per speaker after the heading and column heads; roles in the middle column.
    const start = blocks.findIndex((b) => b.anchor === 'speakers') + 2
    const column = (block: (typeof blocks)[number], from: number, to: number) =>
      block.rows
        .flatMap((r) => r.items)
        .flatMap((i) => (i.kind === 'text' && i.x >= from && i.x < to ? [i.text] : []))
        .join(' ')
        .replace(/\s+/g, ' ')
    record.speakers.forEach((s, i) => {
      const block = blocks[start + i]!
      expect(column(block, 0, 450 * 0.3)).toBe(s.name)
      expect(column(block, 450 * 0.3, 450 * 0.7)).toBe(s.roles.join('; '))
      expect(column(block, 450 * 0.7, 450)).toMatch(new RegExp(`^${s.statements} \\(`))
    })
  })

  for (const paper of paperSizes)
    it(`keeps every piece of every record inside the ${paper} frame`, () => {
      const { width } = frameOf(pageSizes[paper])
      for (const actor of actorIds)
        for (const block of composeActor(buildActorRecord(actor, catalog.sheets), {
          ...frameOf(pageSizes[paper]),
          measure,
          prefix: '',
          origin,
        }))
          for (const row of block.rows)
            for (const item of row.items) {
              expect(item.x).toBeGreaterThanOrEqual(0)
              expect(item.x + item.width, item.kind === 'text' ? item.text : item.kind).toBeLessThanOrEqual(
                width + 1e-9,
              )
            }
    })
})
