import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleAndImport } from '../support/bundle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectEmbeddedSubsetFonts, expectQpdfClean, run } from '../support/pdf-tools'
import type { FactSheet } from '../../src/factsheet/model'
import type * as Entry from '../../scripts/pdf-entry'
import { printedWording } from '../../src/vocabulary'

// The renderer and the compiled story are bundled as wrangler bundles them, then checked with qpdf and poppler.
const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'))
let entry: typeof Entry
let provenance: ReturnType<typeof Entry.provenanceOf>
let sheets: FactSheet[] = []
const papers = ['a4', 'letter'] as const
const pageSize = { a4: '595.28 x 841.89', letter: '612 x 792' }

const file = (name: string) => join(dir, name)

/** Whitespace collapsed, and line breaks after a hyphen, dash or slash closed up, as the renderer breaks there. */
const normalise = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/([-\u2010\u2013\u2014/]) /g, '$1')
    .trim()

const awkward = 'Київ and Москва — “quoted” ‘single’ café Zürich\u00a0Łódź 🙂 中'

beforeAll(async () => {
  const outfile = file('pdf-entry.mjs')
  entry = await bundleAndImport<typeof Entry>(outfile, { entry: 'scripts/pdf-entry.ts' })
  const catalog = entry.buildCatalog(entry.storyData)
  sheets = catalog.sheets
  provenance = entry.provenanceOf(catalog.corpus, 'node-test', catalog.story.corpusName)
  for (const sheet of sheets)
    for (const paper of papers)
      writeFileSync(
        file(`${sheet.slug}-${paper}.pdf`),
        await entry.renderFactSheetPdf(sheet, { paper, origin: 'https://example.com', provenance }),
      )
  writeFileSync(
    file('collection.pdf'),
    await entry.renderCollectionPdf(sheets, { paper: 'a4', origin: 'https://example.com', provenance }),
  )
  const first = sheets[0]!
  const odd: FactSheet = { ...first, title: `${first.title} ${awkward}` }
  writeFileSync(
    file('awkward.pdf'),
    await entry.renderFactSheetPdf(odd, { paper: 'a4', origin: 'https://example.com', provenance }),
  )
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const pdfs = () => [...sheets.flatMap((s) => papers.map((p) => `${s.slug}-${p}.pdf`)), 'collection.pdf', 'awkward.pdf']

describe('PDF files', () => {
  it('pass qpdf --check', () => {
    for (const name of pdfs()) expectQpdfClean(file(name))
  })

  it('embed every font as a subset, with a ToUnicode map, and no unembedded Standard-14 font', () => {
    for (const name of pdfs()) expectEmbeddedSubsetFonts(file(name))
  })

  it('carry metadata and the page size', () => {
    for (const sheet of sheets)
      for (const paper of papers) {
        const info = run('pdfinfo', [file(`${sheet.slug}-${paper}.pdf`)])
        expect(info).toContain(`Title:           ${sheet.title}`)
        for (const field of ['Subject', 'Keywords', 'Author', 'Creator', 'Producer', 'CreationDate'])
          expect(info).toMatch(new RegExp(`^${field}: +\\S`, 'm'))
        expect(info).toContain(`Page size:       ${pageSize[paper]}`)
      }
  })

  it('extract the title, every wording and every event report intact, in reading order within each section', () => {
    for (const sheet of sheets) {
      const text = normalise(run('pdftotext', [file(`${sheet.slug}-a4.pdf`), '-']))
      expect(text).toContain(normalise(sheet.title))
      let at = 0
      for (const position of sheet.positions) {
        at = text.indexOf(normalise(position.actorName), at)
        expect(at, `${sheet.slug}: section ${position.actorName}`).toBeGreaterThanOrEqual(0)
        for (const statement of position.statements)
          for (const wording of statement.wordings) {
            const expected = normalise(printedWording(wording.kind, wording.text))
            const found = text.indexOf(expected, at)
            expect(found, `${sheet.slug}: ${expected}`).toBeGreaterThanOrEqual(0)
            at = found + expected.length
          }
      }
      for (const event of sheet.events)
        for (const expected of [event.title, ...event.reports.map((r) => printedWording('quote', r.text))].map(normalise)) {
          const found = text.indexOf(expected, at)
          expect(found, `${sheet.slug}: event ${expected}`).toBeGreaterThanOrEqual(0)
          at = found + expected.length
        }
      for (const ref of sheet.references) expect(text).toContain(`https://example.com${ref.href}`)
    }
  })

  it("show the outlet's ownership beside every citation in a speaker or wording line", () => {
    for (const sheet of sheets) {
      const text = normalise(run('pdftotext', [file(`${sheet.slug}-a4.pdf`), '-']))
      for (const statement of sheet.positions.flatMap((p) => p.statements))
        for (const w of statement.wordings)
          expect(text, `${sheet.slug} ${statement.id}`).toContain(`${w.source.outlet} (${w.source.ownership}) [`)
    }
  })

  it('show the quality warning beside every entry from a source that has one', () => {
    for (const sheet of sheets) {
      const text = normalise(run('pdftotext', [file(`${sheet.slug}-letter.pdf`), '-']))
      for (const ref of sheet.references.filter((r) => r.qualityNote)) {
        const at = text.lastIndexOf(`[${ref.n}] ${ref.outlet} —`)
        expect(at, `${sheet.slug} [${ref.n}]`).toBeGreaterThanOrEqual(0)
        expect(text.slice(at, at + 800), `${sheet.slug} [${ref.n}]`).toContain(normalise(ref.qualityNote!))
      }
    }
  })

  it('extract Cyrillic, accents and punctuation as written, and missing glyphs as U+FFFD', () => {
    const text = normalise(run('pdftotext', [file('awkward.pdf'), '-']))
    expect(text).toContain(normalise(awkward.replace(/🙂|中/g, '\ufffd')).replace(/\u00a0/g, ' '))
  })
})
