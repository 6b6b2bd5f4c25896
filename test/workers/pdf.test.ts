import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import type { FactSheet } from '../../src/factsheet/model'
import { paperSizes, renderCollectionPdf, renderFactSheetPdf, type PdfOptions } from '../../src/render/pdf'
import { cleanText } from '../../src/render/pdf/blocks'
import { composeBrief } from '../../src/render/pdf/compose-brief'
import { faces, glyphOf } from '../../src/render/pdf/fonts'
import { frameOf, measure } from '../../src/render/pdf/pages'
import { pageSizes } from '../../src/render/pdf/options'
import { breakLines, paginate, type Measure, type PaginateBlock, type Placement } from '../../src/render/pdf/layout'
import { catalog } from '../support/catalog'

const sheets = catalog.sheets
const origin = 'https://example.com'
const sizes = { a4: [595.28, 841.89], letter: [612, 792] } as const

/** 5 points per character, whatever the style: lets layout be checked without a font. */
const fakeMeasure: Measure = (text) => [...text].length * 5

const awkward =
  'He said: “It’s over” — or ‘not yet’ – in Київ and Москва,\u00a0Zürich, Łódź, São Paulo, naïve café… 🙂 and 中.'

const withAwkwardStatement = (sheet: FactSheet): FactSheet => {
  const positions = sheet.positions.map((p, i) => {
    const first = p.statements[0]
    if (i !== 0 || !first) return p
    const wordings = first.wordings.map((w) => ({ ...w, text: awkward }))
    const speaker = { name: 'Олексій Данилов', role: 'Secretary — “NSDC”' }
    return { ...p, statements: [{ ...first, quote: awkward, speaker, wordings }, ...p.statements.slice(1)] }
  })
  return { ...sheet, title: `${sheet.title} — Київ 🙂`, positions }
}

describe('renderFactSheetPdf', () => {
  it('has topics to render', () => expect(sheets.length).toBeGreaterThan(0))

  for (const sheet of sheets)
    for (const paper of paperSizes)
      it(`renders ${sheet.slug} on ${paper} with page size, metadata and language`, async () => {
        const bytes = await renderFactSheetPdf(sheet, { paper, origin, provenance: catalog.provenance })
        const doc = await PDFDocument.load(bytes, { updateMetadata: false })
        expect(doc.getPageCount()).toBeGreaterThan(0)
        for (const page of doc.getPages()) {
          const { width, height } = page.getSize()
          expect([width, height]).toEqual(sizes[paper])
        }
        expect(doc.getTitle()).toBe(sheet.title)
        expect(doc.getSubject()).toBe(sheet.summary)
        expect(doc.getAuthor()).toBeTruthy()
        expect(doc.getCreator()).toBeTruthy()
        expect(doc.getProducer()).toBeTruthy()
        expect(doc.getKeywords()).toContain(sheet.positions[0]?.actorName)
        expect(doc.getCreationDate()?.toISOString().slice(0, 10)).toBe(sheet.dateRange.to)
        expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en')
        const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)
        expect(outlines.get(PDFName.of('Count'))?.toString()).toBe(
          String(sheet.positions.length + 2 + (sheet.figures.length > 0 ? 1 : 0) + (sheet.events.length > 0 ? 1 : 0)),
        )
        const annots = doc
          .getPages()
          .flatMap((p) => p.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? [])
        expect(annots.length).toBeGreaterThanOrEqual(sheet.references.length * 2)
      })

  it('is deterministic: two renders are byte-identical', async () => {
    const sheet = sheets[0]!
    const options: PdfOptions = { paper: 'a4', origin, provenance: catalog.provenance }
    expect(await renderFactSheetPdf(sheet, options)).toEqual(await renderFactSheetPdf(sheet, options))
  })

  it('renders curly quotes, dashes, NBSP, Cyrillic, accents, and characters the font lacks without throwing', async () => {
    const bytes = await renderFactSheetPdf(withAwkwardStatement(sheets[0]!), { paper: 'letter', origin, provenance: catalog.provenance })
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(0)
  })

  it('splits a statement taller than a page across pages instead of looping or overflowing', async () => {
    const sheet = sheets[0]!
    const long = `${awkward} `.repeat(120)
    const positions = sheet.positions.map((p, i) =>
      i === 0 && p.statements[0]
        ? { ...p, statements: [{ ...p.statements[0], wordings: [{ ...p.statements[0].wordings[0]!, text: long }] }] }
        : p,
    )
    const normal = await PDFDocument.load(await renderFactSheetPdf(sheet, { paper: 'a4', origin, provenance: catalog.provenance }))
    const doc = await PDFDocument.load(await renderFactSheetPdf({ ...sheet, positions }, { paper: 'a4', origin, provenance: catalog.provenance }))
    expect(doc.getPageCount()).toBeGreaterThan(normal.getPageCount())
  })

  it('draws characters the font lacks as its replacement glyph, and everything else as real glyphs', () => {
    const chars = [...'Київ Москва Zürich “—”\u00a0🙂中']
    for (const face of Object.values(faces))
      chars.forEach((ch, i) =>
        expect(glyphOf(face, ch.codePointAt(0)!) === face.data.replacement, ch).toBe(i >= chars.length - 2),
      )
  })
})

describe('fonts', () => {
  it('have a glyph for every character of the corpus and the curated data (else run `npm run build:fonts`)', () => {
    const text =
      JSON.stringify(sheets) +
      catalog.corpus.articles.flatMap((a) => [a.headline, ...a.paragraphs.map((p) => p.text)]).join(' ')
    for (const face of Object.values(faces)) {
      const missing = [...new Set(text)].filter((ch) => ch !== '\ufffd' && glyphOf(face, ch.codePointAt(0)!) === face.data.replacement)
      expect(missing, face.data.baseFont).toEqual([])
    }
  })
})

describe('renderCollectionPdf', () => {
  it('puts every topic in one document after a contents page, with an outline entry per topic', async () => {
    const single = await Promise.all(sheets.map((s) => renderFactSheetPdf(s, { paper: 'a4', origin, provenance: catalog.provenance })))
    const pages = (await Promise.all(single.map((b) => PDFDocument.load(b)))).reduce((n, d) => n + d.getPageCount(), 0)
    const doc = await PDFDocument.load(await renderCollectionPdf(sheets, { paper: 'a4', origin, provenance: catalog.provenance }))
    const contentsPages = doc.getPageCount() - pages
    expect(contentsPages).toBeGreaterThanOrEqual(1)
    expect(contentsPages).toBeLessThanOrEqual(Math.ceil(sheets.length / 5))
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)
    expect(Number(outlines.get(PDFName.of('Count'))?.toString())).toBeGreaterThan(sheets.length)
    const contentsLinks = doc
      .getPages()
      .slice(0, contentsPages)
      .reduce((n, p) => n + (p.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.size() ?? 0), 0)
    expect(contentsLinks).toBeGreaterThanOrEqual(sheets.length)
  })
})

const rowsPlaced = (pages: Placement[][], blocks: readonly PaginateBlock[]) => {
  const seen = blocks.map(() => 0)
  for (const page of pages)
    for (const p of page) {
      expect(p.from).toBe(seen[p.block])
      seen[p.block] = p.to
    }
  expect(seen).toEqual(blocks.map((b) => b.rows.length))
}

const rows = (n: number, height = 10) => Array.from({ length: n }, () => ({ height }))

describe('layout', () => {
  it('composes decomposed accents and drops invisible and control characters before measuring', () => {
    expect(cleanText('Zu\u0308rich\u200b\tKyi\u0308v\u00ad\nend')).toBe('Zürich Kyïv end')
    expect(cleanText('plain ‘text’ — Москва')).toBe('plain ‘text’ — Москва')
  })

  it('breaks text into lines that fit the box, splitting words longer than a line', () => {
    const text = `${'word '.repeat(40)}a I x Supercalifragilisticexpialidociouslyextraordinarily U.S.-China long–dash/slash - end`
    for (const width of [37, 60, 100, 333]) {
      const lines = breakLines([{ text, style: { font: 'regular', size: 9, color: [0, 0, 0] } }], width, fakeMeasure)
      for (const line of lines) {
        expect(line.width).toBeLessThanOrEqual(width)
        expect(line.fragments.reduce((w, f) => w + fakeMeasure(f.text, f.style), 0)).toBe(line.width)
      }
      expect(
        lines
          .flatMap((l) => l.fragments.map((f) => f.text))
          .join(' ')
          .replace(/\s+/g, ''),
      ).toBe(text.replace(/\s+/g, ''))
    }
  })

  it('never leaves a heading last on a page', () => {
    const blocks: PaginateBlock[] = []
    for (let i = 0; i < 60; i++)
      blocks.push(
        { rows: rows(1, 18), spaceBefore: 20, keepWithNext: true },
        { rows: rows(1 + ((i * 7) % 9)), spaceBefore: 6 },
      )
    for (const frame of [100, 173, 260]) {
      const pages = paginate(blocks, frame)
      rowsPlaced(pages, blocks)
      for (const page of pages) expect(blocks[page[page.length - 1]!.block]?.keepWithNext).not.toBe(true)
    }
  })

  it('keeps a statement together when moving it leaves at most a quarter of the page empty, else breaks it', () => {
    const pagesOf = (before: number) =>
      paginate(
        [
          { rows: rows(before), spaceBefore: 0 },
          { rows: rows(5), spaceBefore: 5, keepTogether: true },
          { rows: rows(25), spaceBefore: 5, keepTogether: true },
          { rows: rows(3), spaceBefore: 5 },
        ],
        100,
      )
    // 80 points used: moving the 5-row statement leaves 20 % empty, so it moves whole.
    expect(pagesOf(8).flat().filter((p) => p.block === 1)).toHaveLength(1)
    // 60 points used: moving it would leave 40 % empty, so it breaks, two rows or more on each page.
    const split = pagesOf(6).flat().filter((p) => p.block === 1)
    expect(split.map((p) => p.to - p.from)).toEqual([3, 2])
    for (const pages of [pagesOf(8), pagesOf(6)]) {
      expect(pages.flat().filter((p) => p.block === 2).length).toBeGreaterThanOrEqual(3)
      for (const page of pages)
        expect(page.reduce((max, p) => Math.max(max, p.y + (p.to - p.from) * 10), 0)).toBeLessThanOrEqual(100)
    }
  })

  it('never breaks before a glued row, and starts a breakBefore block on a new page', () => {
    const glued = [{ height: 10 }, { height: 10 }, { height: 10 }, { height: 10, glue: true }, { height: 10, glue: true }]
    const blocks: PaginateBlock[] = [
      { rows: rows(6), spaceBefore: 0 },
      { rows: glued, spaceBefore: 0, keepTogether: true },
      { rows: rows(1), spaceBefore: 0, breakBefore: true },
    ]
    const pages = paginate(blocks, 100)
    rowsPlaced(pages, blocks)
    // 40 points free: the break would fall before row 4, but rows 3 and 4 are glued to row 2.
    expect(pages[0]!.filter((p) => p.block === 1).map((p) => p.to)).toEqual([2])
    expect(pages[1]![0]).toMatchObject({ block: 1, from: 2, to: 5 })
    expect(pages[2]![0]).toMatchObject({ block: 2, from: 0 })
  })

  it('places a row taller than the page alone instead of looping', () => {
    const blocks: PaginateBlock[] = [{ rows: [{ height: 10 }, { height: 500 }, { height: 10 }], spaceBefore: 0 }]
    const pages = paginate(blocks, 100)
    rowsPlaced(pages, blocks)
    expect(pages.length).toBe(3)
  })

  it('keeps real statements whole unless a page would end more than a quarter empty, and headings off page feet', () => {
    for (const sheet of sheets)
      for (const frame of [420, 600]) {
        const blocks = composeBrief(sheet, { width: 300, height: frame, measure: fakeMeasure, prefix: '', origin })
        const pages = paginate(blocks, frame)
        rowsPlaced(pages, blocks)
        for (const page of pages) expect(blocks[page[page.length - 1]!.block]?.keepWithNext).not.toBe(true)
        blocks.forEach((b, i) => {
          const parts = pages.flat().filter((p) => p.block === i)
          const height = b.rows.reduce((h, r) => h + r.height, 0)
          if (!b.keepTogether || height > frame || parts.length === 1) return
          // (after a heading, the heading's place decided: it had the room)
          if (!blocks[i - 1]?.keepWithNext) expect(parts[0]!.y - b.spaceBefore, `${b.anchor} broke though the page had room for it`).toBeLessThan(frame * 0.75)
          for (const p of parts.slice(1)) expect(b.rows[p.from]?.glue, `${b.anchor} broke before a glued row`).not.toBe(true)
        })
      }
  })
})

describe('composed briefs (real font metrics)', () => {
  for (const paper of paperSizes)
    it(`keep every piece of text inside the ${paper} frame`, () => {
      const { width } = frameOf(pageSizes[paper])
      for (const sheet of [...sheets, withAwkwardStatement(sheets[0]!)])
        for (const block of composeBrief(sheet, { ...frameOf(pageSizes[paper]), measure, prefix: '', origin }))
          for (const row of block.rows)
            for (const item of row.items) {
              expect(item.x).toBeGreaterThanOrEqual(0)
              expect(item.x + item.width, item.kind === 'text' ? item.text : 'rect').toBeLessThanOrEqual(width + 1e-9)
            }
    })

  it('give each position its heading, summary and statements, and a position without statements only the first two', () => {
    for (const sheet of sheets) {
      const blocks = composeBrief(sheet, { width: 450, height: 700, measure, prefix: '', origin })
      for (const p of sheet.positions) {
        const start = blocks.findIndex((b) => b.anchor === p.actor)
        const end = blocks.findIndex((b, i) => i > start && b.runningHead !== undefined)
        const statements = blocks.slice(start + 2, end)
        // A statement already shown under an earlier actor (a joint one) is anchored `actor--id` here.
        const earlier = new Set(sheet.positions.slice(0, sheet.positions.indexOf(p)).flatMap((q) => q.statements.map((s) => s.id)))
        expect(statements.map((b) => b.anchor)).toEqual(p.statements.map((s) => (earlier.has(s.id) ? `${p.actor}--${s.id}` : s.id)))
        const lines = blocks[start + 1]!.rows.map((r) => r.items.map((i) => (i.kind === 'text' ? i.text : '')).join(' '))
        // A line may end after a hyphen, dash or slash inside a word ("RFE/" + "RL"): no space was lost there.
        const summary = lines.reduce((text, line) => (/[\p{L}\p{N}][-/\u2010-\u2014]$/u.test(text) ? `${text}${line}` : `${text} ${line}`))
        expect(summary.replace(/\s+/g, ' ')).toBe(p.summary)
      }
    }
  })
})
