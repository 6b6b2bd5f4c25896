import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleAndImport } from '../support/bundle'
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectQpdfClean, run } from '../support/pdf-tools'
import { tokenise, walkContent } from '../support/content-stream'
import type { Catalog } from '../../src/factsheet/catalog'
import type { PositionMatrix } from '../../src/factsheet/matrix'
import type * as Renderer from '../../src/render/pdf'
import { margins } from '../../src/render/pdf/theme'

// Issue 12 §2: every PDF the Worker makes is tagged for PDF/UA-1. The renderer is bundled as wrangler bundles it;
// the files are then read by poppler (pdfinfo -struct-text, pdftotext), pdfjs-dist, pdf-lib and qpdf.
interface Entry {
  catalog: Catalog
  buildPositionMatrix: (sheets: Catalog['sheets'], actors: Catalog['story']['actors']) => PositionMatrix
  buildActorRecord: typeof import('../../src/factsheet/actor-record').buildActorRecord
  filterActors: typeof import('../../src/factsheet/filter-actors').filterActors
  renderer: typeof Renderer
}

const dir = mkdtempSync(join(tmpdir(), 'pdf-tags-'))
const file = (name: string) => join(dir, name)
const origin = 'https://example.com'
const names = ['topic.pdf', 'filtered.pdf', 'actor-us.pdf', 'actor-nato.pdf', 'matrix-a4.pdf', 'matrix-letter.pdf', 'collection.pdf']

beforeAll(async () => {
  const outfile = file('entry.mjs')
  const { catalog, renderer, ...e } = await bundleAndImport<Entry>(outfile, {
    exports: [
        "export { catalog } from './test/support/catalog'",
        "export { buildPositionMatrix } from './src/factsheet/matrix'",
        "export { buildActorRecord } from './src/factsheet/actor-record'",
        "export { filterActors } from './src/factsheet/filter-actors'",
        "export * as renderer from './src/render/pdf'",
    ],
  })
  const provenance = catalog.provenance
  const peace = catalog.sheet('peace-plan')!
  const matrix = e.buildPositionMatrix(catalog.sheets, catalog.story.actors)
  const pdfs: Record<string, Promise<Uint8Array>> = {
    'topic.pdf': renderer.renderFactSheetPdf(peace, { paper: 'a4', origin, provenance }),
    'filtered.pdf': renderer.renderFactSheetPdf(e.filterActors(peace, ['china', 'us'], catalog.story.actors.map((a) => a.id)), { paper: 'letter', origin, provenance }),
    'actor-us.pdf': renderer.renderActorPdf(e.buildActorRecord('us', catalog.sheets), { paper: 'a4', origin, provenance }),
    'actor-nato.pdf': renderer.renderActorPdf(e.buildActorRecord('nato', catalog.sheets), { paper: 'a4', origin, provenance }),
    'matrix-a4.pdf': renderer.renderMatrixPdf(matrix, { paper: 'a4', origin, provenance }),
    'matrix-letter.pdf': renderer.renderMatrixPdf(matrix, { paper: 'letter', origin, provenance }),
    'collection.pdf': renderer.renderCollectionPdf(catalog.sheets, { paper: 'a4', origin, provenance }),
  }
  for (const name of names) writeFileSync(file(name), await pdfs[name]!)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const load = (name: string) => PDFDocument.load(readFileSync(file(name)), { updateMetadata: false })
const dictOf = (doc: PDFDocument, o: PDFObject | undefined) => {
  const v = o instanceof PDFRef ? doc.context.lookup(o) : o
  return v instanceof PDFDict ? v : undefined
}
const arrayOf = (doc: PDFDocument, o: PDFObject | undefined): PDFObject[] => {
  const v = o instanceof PDFRef ? doc.context.lookup(o) : o
  return v instanceof PDFArray ? v.asArray() : v === undefined ? [] : [v]
}
const nameOf = (d: PDFDict | undefined, key: string) => d?.get(PDFName.of(key))?.toString()

const structTexts = new Map<string, string>()
/** `pdfinfo -struct-text`, as one entry per line: depth, and element name or text. */
const structText = (name: string) =>
  (structTexts.get(name) ?? structTexts.set(name, run('pdfinfo', ['-struct-text', file(name)])).get(name) ?? '')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const depth = line.length - line.trimStart().length
      const body = line.trim()
      return body.startsWith('"') ? { depth, text: body.slice(1, -1) } : { depth, element: body.split(/[ :]/)[0] ?? '' }
    })

/**
 * Words of text with whitespace collapsed; a word broken after a hyphen, dash or slash closed up (not a lone dash).
 * Hyphens inside a word are dropped: pdftotext removes the one a line ends on when the next line starts in lower
 * case ("re-" / "translation" extracts as "retranslation"), which the structure's text keeps.
 */
const words = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/([\p{L}\p{N}][-\u2010\u2013\u2014/]) /gu, '$1')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => w.replace(/(?<=\p{L})-(?=\p{L})/gu, ''))

const pageSize = (name: string) => {
  const [, w, h] = /^Page size: +([\d.]+) x ([\d.]+)/m.exec(run('pdfinfo', [file(name)])) ?? []
  return { width: Number(w), height: Number(h) }
}

describe('tagged PDFs (PDF/UA-1)', () => {
  it('are tagged, per pdfinfo', () => {
    for (const name of names) expect(run('pdfinfo', [file(name)]), name).toMatch(/^Tagged: +yes$/m)
  })

  it('pass qpdf --check', () => {
    for (const name of names) expectQpdfClean(file(name))
  })

  it('declare MarkInfo, Lang, DisplayDocTitle, XMP with dc:title and pdfuaid:part 1, and /Tabs /S on every page', async () => {
    for (const name of names) {
      const doc = await load(name)
      const catalog = doc.catalog
      expect(nameOf(dictOf(doc, catalog.get(PDFName.of('MarkInfo'))), 'Marked'), name).toBe('true')
      expect(catalog.get(PDFName.of('Lang'))?.toString(), name).toBe('(en)')
      expect(nameOf(dictOf(doc, catalog.get(PDFName.of('ViewerPreferences'))), 'DisplayDocTitle'), name).toBe('true')
      const metadata = doc.context.lookup(catalog.get(PDFName.of('Metadata')))
      expect(metadata, name).toBeInstanceOf(PDFRawStream)
      const xmp = new TextDecoder().decode(decodePDFRawStream(metadata as PDFRawStream).decode())
      const title = /^Title: +(.*)$/m.exec(run('pdfinfo', [file(name)]))?.[1] ?? ''
      expect(xmp, name).toContain('<pdfuaid:part>1</pdfuaid:part>')
      expect(xmp, name).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title.replace(/&/g, '&amp;')}</rdf:li>`)
      doc.getPages().forEach((page, i) => {
        expect(page.node.get(PDFName.of('Tabs'))?.toString(), `${name} page ${i + 1}`).toBe('/S')
        expect(page.node.get(PDFName.of('StructParents')), `${name} page ${i + 1}`).toBeInstanceOf(PDFNumber)
      })
    }
  })

  it('list the elements in reading order, per pdfinfo -struct-text, with the same words as pdftotext', () => {
    for (const name of names) {
      const entries = structText(name)
      expect(entries[0], name).toEqual({ depth: 0, element: 'Document' })
      // The frame only: running header and footer are pagination artifacts, outside the structure.
      const { width, height } = pageSize(name)
      const frame = ['-x', '0', '-y', String(margins.top - 4), '-W', String(Math.ceil(width)), '-H', String(Math.floor(height - margins.top - margins.bottom + 8))]
      const extracted = words(run('pdftotext', [...frame, file(name), '-'])).sort()
      // pdfinfo prints an inline element's text apart from its paragraph's: `…peace-plan` then `.`.
      const pieces = entries.flatMap((e) => (e.text === undefined ? [] : [e.text]))
      const joined = pieces.reduce((all, piece) => all + (/^[.,;:!?)\]]/.test(piece) ? '' : ' ') + piece, '')
      const structured = words(joined).sort()
      expect(structured, name).toEqual(extracted)
    }
  })

  it('give a topic brief its headings, tables with header scope, lists, quotes and references in reading order', () => {
    const entries = structText('topic.pdf')
    const elements = entries.flatMap((e) => (e.element ? [e.element] : []))
    expect(elements.slice(0, 6)).toEqual(['Document', 'P', 'H1', 'P', 'P', 'H2'])
    for (const role of ['Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody', 'BlockQuote', 'Reference', 'Link', 'Div', 'H3'])
      expect(elements, role).toContain(role)
    const texts = entries.flatMap((e) => (e.text === undefined ? [] : [e.text]))
    const order = ['China’s peace plan for Ukraine', 'Positions at a glance', 'Key figures', 'Timeline', 'Sources']
    const at = order.map((t) => texts.indexOf(t))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    // Every TH says whom it heads.
    const struct = run('pdfinfo', ['-struct', file('topic.pdf')])
    expect((struct.match(/^\s*TH/gm) ?? []).length).toBeGreaterThan(0)
    expect((struct.match(/^\s*TH/gm) ?? []).length).toBe((struct.match(/\/Scope \/(Row|Column)/g) ?? []).length)
  })

  it('give the matrix a table of TH and TD cells, the legend a list, and never skip a heading level', () => {
    for (const name of names) {
      const levels = structText(name).flatMap((e) => (e.element && /^H\d$/.test(e.element) ? [Number(e.element[1])] : []))
      levels.reduce((prev, level) => {
        expect(level, name).toBeLessThanOrEqual(prev + 1)
        return level
      }, 0)
    }
    const elements = structText('matrix-a4.pdf').flatMap((e) => (e.element ? [e.element] : []))
    for (const role of ['H1', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Link']) expect(elements, role).toContain(role)
  })

  it('return a structure tree for every page from pdfjs getStructTree, covering every MCID of the page', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    for (const name of names) {
      const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file(name))), verbosity: 0 }).promise
      const lib = await load(name)
      const pages = lib.getPages()
      for (let p = 1; p <= doc.numPages; p++) {
        const tree = (await (await doc.getPage(p)).getStructTree()) as StructNode | null
        expect(tree, `${name} page ${p}`).not.toBeNull()
        const ids = new Set<number>()
        const visit = (n: StructNode) => {
          if (n.type === 'content' && n.id) ids.add(Number(/_mc(\d+)$/.exec(n.id)?.[1]))
          for (const c of n.children ?? []) visit(c)
        }
        visit(tree!)
        const walk = walkContent(tokenise(contentOf(lib, pages[p - 1]!.node)))
        expect([...ids].sort((a, b) => a - b), `${name} page ${p}`).toEqual([...walk.mcids].sort((a, b) => a - b))
      }
      await doc.destroy()
    }
  })

  it('draw no text or path outside a marked-content sequence with an MCID or an artifact', async () => {
    for (const name of names) {
      const doc = await load(name)
      doc.getPages().forEach((page, i) => {
        const walk = walkContent(tokenise(contentOf(doc, page.node)))
        const where = `${name} page ${i + 1}`
        expect(walk.painted, where).toBeGreaterThan(0)
        expect(walk.untagged, where).toEqual([])
        expect(walk.nested, where).toBe(0)
        expect(walk.unbalanced, where).toBe(0)
        expect(new Set(walk.mcids).size, where).toBe(walk.mcids.length)
      })
    }
  })

  it('put every link annotation in a Link element, by /StructParent and an OBJR, with a /Contents description', async () => {
    for (const name of names) {
      const doc = await load(name)
      const root = dictOf(doc, doc.catalog.get(PDFName.of('StructTreeRoot')))!
      const nums = arrayOf(doc, dictOf(doc, root.get(PDFName.of('ParentTree')))?.get(PDFName.of('Nums')))
      const parents = new Map<number, PDFObject>()
      for (let i = 0; i + 1 < nums.length; i += 2) parents.set((nums[i] as PDFNumber).asNumber(), nums[i + 1]!)
      let links = 0
      for (const page of doc.getPages())
        for (const ref of arrayOf(doc, page.node.get(PDFName.of('Annots')))) {
          const annot = dictOf(doc, ref)!
          if (nameOf(annot, 'Subtype') !== '/Link') continue
          links++
          expect(annot.get(PDFName.of('Contents')), name).toBeDefined()
          const key = (annot.get(PDFName.of('StructParent')) as PDFNumber | undefined)?.asNumber()
          expect(key, name).toBeTypeOf('number')
          const element = dictOf(doc, parents.get(key!))
          expect(nameOf(element, 'S'), name).toBe('/Link')
          const objrs = arrayOf(doc, element!.get(PDFName.of('K'))).map((k) => dictOf(doc, k))
          expect(
            objrs.some((k) => nameOf(k, 'Type') === '/OBJR' && k?.get(PDFName.of('Obj')) === ref),
            name,
          ).toBe(true)
        }
      expect(links, name).toBeGreaterThan(0)
    }
  })
})

interface StructNode {
  role?: string
  type?: string
  id?: string
  children?: StructNode[]
}

/** A page's content stream(s), decoded and joined. */
const contentOf = (doc: PDFDocument, page: PDFDict): Uint8Array => {
  const parts = arrayOf(doc, page.get(PDFName.of('Contents'))).map((r) => {
    const stream = r instanceof PDFRef ? doc.context.lookup(r) : r
    return decodePDFRawStream(stream as PDFRawStream).decode()
  })
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
    out[at++] = 0x0a
  }
  return out
}
