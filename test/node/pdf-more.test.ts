import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleAndImport } from '../support/bundle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectEmbeddedSubsetFonts, expectQpdfClean, run } from '../support/pdf-tools'
import type { StanceId } from '../../src/curation/types'
import type { Catalog } from '../../src/factsheet/catalog'
import type { PositionMatrix } from '../../src/factsheet/matrix'
import type * as Renderer from '../../src/render/pdf'
import { actorIds } from '../support/catalog'

// The matrix, actor and filtered PDFs, bundled as wrangler bundles them, then checked with qpdf and poppler.
interface Entry {
  catalog: Catalog
  buildPositionMatrix: (sheets: Catalog['sheets'], actors: Catalog['story']['actors']) => PositionMatrix
  buildActorRecord: typeof import('../../src/factsheet/actor-record').buildActorRecord
  filterActors: typeof import('../../src/factsheet/filter-actors').filterActors
  stanceIds: readonly StanceId[]
  stanceLabels: Record<StanceId, string>
  stanceMeaning: (stance: StanceId, sourcesPhrase: string) => string
  renderer: typeof Renderer
}

const dir = mkdtempSync(join(tmpdir(), 'pdf-more-'))
const file = (name: string) => join(dir, name)
const origin = 'https://example.com'
const actors = actorIds
let entry: Entry

/** Whitespace collapsed, and line breaks after a hyphen, dash or slash closed up, as the renderer breaks there. */
const normalise = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/([-\u2010\u2013\u2014/]) /g, '$1')
    .trim()

beforeAll(async () => {
  const outfile = file('entry.mjs')
  entry = await bundleAndImport<Entry>(outfile, {
    exports: [
        // The compiled story as src/source/bundled.ts imports it, built into a catalog as the bundled source builds it.
        "import compiled from './generated/xi-putin-moscow-2023.json'",
        "import { buildCatalog } from './src/factsheet/catalog'",
        'export const catalog = buildCatalog(compiled)',
        "export { buildPositionMatrix } from './src/factsheet/matrix'",
        "export { buildActorRecord } from './src/factsheet/actor-record'",
        "export { filterActors } from './src/factsheet/filter-actors'",
        "export { stanceIds } from './src/curation/types'",
        "export { stanceLabels, stanceMeaning } from './src/vocabulary'",
        "export * as renderer from './src/render/pdf'",
    ],
  })
  const { catalog, renderer } = entry
  const matrix = entry.buildPositionMatrix(catalog.sheets, catalog.story.actors)
  for (const paper of ['a4', 'letter'] as const)
    writeFileSync(file(`matrix-${paper}.pdf`), await renderer.renderMatrixPdf(matrix, { paper, origin, provenance: entry.catalog.provenance }))
  for (const actor of actors)
    writeFileSync(
      file(`actor-${actor}.pdf`),
      await renderer.renderActorPdf(entry.buildActorRecord(actor, catalog.sheets), { paper: 'a4', origin, provenance: entry.catalog.provenance }),
    )
  const peace = catalog.sheet('peace-plan')!
  writeFileSync(
    file('filtered.pdf'),
    await renderer.renderFactSheetPdf(entry.filterActors(peace, ['china', 'us'], actors), { paper: 'letter', origin, provenance: entry.catalog.provenance }),
  )
  writeFileSync(file('topic.pdf'), await renderer.renderFactSheetPdf(peace, { paper: 'a4', origin, provenance: entry.catalog.provenance }))
  writeFileSync(file('collection.pdf'), await renderer.renderCollectionPdf(catalog.sheets, { paper: 'a4', origin, provenance: entry.catalog.provenance }))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const pdfs = () => [
  'matrix-a4.pdf',
  'matrix-letter.pdf',
  ...actors.map((a) => `actor-${a}.pdf`),
  'filtered.pdf',
  'topic.pdf',
  'collection.pdf',
]

describe('matrix, actor and filtered PDFs', () => {
  it('pass qpdf --check', () => {
    for (const name of pdfs()) expectQpdfClean(file(name))
  })

  it('embed every font as a subset with a ToUnicode map', () => {
    for (const name of pdfs()) expectEmbeddedSubsetFonts(file(name))
  })

  it('print the data version in the footer of every page and in the metadata', () => {
    for (const name of pdfs()) {
      const pages = Number(/^Pages: +(\d+)$/m.exec(run('pdfinfo', [file(name)]))?.[1])
      const text = run('pdftotext', [file(name), '-'])
      expect(text.split(`Data version ${entry.catalog.dataVersion}`).length - 1, name).toBe(pages)
      expect(run('pdfinfo', ['-custom', file(name)]), name).toMatch(
        new RegExp(`^DataVersion: +${entry.catalog.dataVersion}$`, 'm'),
      )
    }
  })
})

describe('the matrix PDF', () => {
  it('is one landscape page', () => {
    const info = run('pdfinfo', [file('matrix-a4.pdf')])
    expect(info).toMatch(/^Pages: +1$/m)
    expect(info).toContain('Page size:       841.89 x 595.28')
    expect(run('pdfinfo', [file('matrix-letter.pdf')])).toContain('Page size:       792 x 612')
  })

  it('extracts every topic title, every actor, and the legend’s labels and meanings', () => {
    const text = normalise(run('pdftotext', [file('matrix-a4.pdf'), '-']))
    for (const sheet of entry.catalog.sheets) expect(text).toContain(normalise(sheet.title))
    for (const { name } of entry.catalog.story.actors) expect(text).toContain(name)
    for (const stance of entry.stanceIds) {
      expect(text).toContain(entry.stanceLabels[stance])
      expect(text).toContain(normalise(entry.stanceMeaning(stance, entry.catalog.story.sourcesPhrase)))
    }
    expect(text).toContain('LEGEND')
  })
})

describe('a filtered brief', () => {
  it('says on its first page whom it shows and whom it leaves out', () => {
    const page1 = normalise(run('pdftotext', ['-f', '1', '-l', '1', file('filtered.pdf'), '-']))
    expect(page1).toContain('this brief shows only United States and China.')
    expect(page1).toContain('Left out: Ukraine, Russia and NATO.')
    expect(page1).toContain(`${origin}/topics/peace-plan`)
  })
})

describe('the evidence file', () => {
  const attached: [string, string][] = [
    ['topic.pdf', 'peace-plan-evidence.json'],
    ['filtered.pdf', 'peace-plan-us-china-evidence.json'],
    ['collection.pdf', 'all-evidence.json'],
    ...actors.map((a): [string, string] => [`actor-${a}.pdf`, `actor-${a}-evidence.json`]),
  ]

  it('is listed by pdfdetach, and saves as JSON carrying the data version', () => {
    for (const [pdf, name] of attached) {
      expect(run('pdfdetach', ['-list', file(pdf)]), pdf).toBe(`1 embedded files\n1: ${name}\n`)
      const out = file(`${pdf}.json`)
      run('pdfdetach', ['-save', '1', '-o', out, file(pdf)])
      const evidence = JSON.parse(readFileSync(out, 'utf8')) as {
        dataVersion: string
        topics: unknown[]
        paragraphs: Record<string, { text: string }>
      }
      expect(evidence.dataVersion, pdf).toBe(entry.catalog.dataVersion)
      expect(evidence.topics.length, pdf).toBeGreaterThan(0)
      expect(
        Object.values(evidence.paragraphs).every((p) => p.text.length > 0),
        pdf,
      ).toBe(true)
    }
  })

  it('is not attached to the matrix', () => {
    expect(run('pdfdetach', ['-list', file('matrix-a4.pdf')])).toBe('0 embedded files\n')
  })
})
