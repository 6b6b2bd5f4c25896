import { exports } from 'cloudflare:workers'
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

// The tagging as the Worker serves it, in workerd; poppler, pdfjs and the content-stream walk run in test/node/pdf-tags.
const get = (path: string) => exports.default.fetch(`http://localhost${path}`, { redirect: 'manual' })
const paths = ['/topics/peace-plan.pdf', '/actors/us.pdf', '/matrix.pdf', '/briefs/all.pdf']

describe('tagged PDFs from the routes', () => {
  it.each(paths)('%s is marked, has a structure tree and a ParentTree entry for every page', async (path) => {
    const res = await get(path)
    expect(res.status).toBe(200)
    const doc = await PDFDocument.load(await res.arrayBuffer(), { updateMetadata: false })
    const markInfo = doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict)
    expect(markInfo.get(PDFName.of('Marked'))?.toString()).toBe('true')
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
    expect(root.lookup(PDFName.of('K'), PDFDict).get(PDFName.of('S'))?.toString()).toBe('/Document')
    const pages = doc.getPages()
    const next = root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber()
    expect(next).toBeGreaterThanOrEqual(pages.length)
    pages.forEach((page, i) => expect(page.node.get(PDFName.of('StructParents'))?.toString()).toBe(String(i)))
  })
})
