import type { FactSheet } from '../../factsheet/model'
import { composeBrief } from './compose-brief'
import { composeContents } from './compose-contents'
import { formatDateRange } from '../format-date'
import { pageSizes, paperSizes, type Paper, type PdfOptions } from './options'
import { drawParts, frameOf, layoutPart, measure, type Part } from './pages'
import { writePdf } from './pdf-write'

export { paperSizes, type Paper, type PdfOptions }

const author = 'Fact sheets, curated from VOA, RFE/RL, Bloomberg, CNN and AP reports'
const creator = 'factsheets PDF renderer'
const producer = 'pdf-lib 1.17.1 with IBM Plex Sans (SIL OFL 1.1)'
// Deflating content streams costs more CPU than it saves in bytes here; see scripts/time-pdf.mjs.
const compress = false

const briefPart = (sheet: FactSheet, options: PdfOptions, prefix: string): Part => {
  const size = pageSizes[options.paper]
  const blocks = composeBrief(sheet, { width: frameOf(size).width, measure, prefix, origin: options.origin })
  return layoutPart(blocks, size, sheet.title, `Fact sheet · ${formatDateRange(sheet.dateRange)}`)
}

const outlineOf = (part: Part, level: number) =>
  part.blocks.flatMap((b) =>
    b.outline && b.anchor ? [{ title: b.outline.title, level: b.outline.level + level, anchor: b.anchor }] : [],
  )

const keywordsOf = (sheets: FactSheet[]) =>
  [...new Set(['fact sheet', ...sheets.flatMap((s) => [s.title, ...s.positions.map((p) => p.actorName)])])].join(', ')

const latest = (sheets: FactSheet[]) =>
  sheets
    .map((s) => s.dateRange.to)
    .sort()
    .pop() ?? ''

/** One topic's brief as PDF bytes: overview and stance table, a section per actor, key figures, numbered sources. */
export const renderFactSheetPdf = async (sheet: FactSheet, options: PdfOptions): Promise<Uint8Array> => {
  const size = pageSizes[options.paper]
  const part = briefPart(sheet, options, `${sheet.slug}/`)
  const { pages, anchors } = drawParts([part], size, sheet.corpusName)
  return writePdf({
    pages,
    size,
    anchors,
    outline: outlineOf(part, -1),
    meta: {
      title: sheet.title,
      subject: sheet.summary,
      keywords: keywordsOf([sheet]),
      author,
      creator,
      producer,
      date: sheet.dateRange.to,
    },
    compress,
  })
}

/** Every topic in one document, after a contents page whose entries link to each topic's first page. */
export const renderCollectionPdf = async (sheets: FactSheet[], options: PdfOptions): Promise<Uint8Array> => {
  const size = pageSizes[options.paper]
  const { width } = frameOf(size)
  const corpusName = sheets[0]?.corpusName ?? ''
  const heading = 'Fact sheets'
  const intro = `${sheets.length} ${sheets.length === 1 ? 'topic' : 'topics'} drawn from ${corpusName}.`
  const entries = sheets.map((s) => ({ title: s.title, summary: s.summary, anchor: `${s.slug}/overview` }))
  const parts = sheets.map((s) => briefPart(s, options, `${s.slug}/`))
  const draft = layoutPart(composeContents(heading, intro, entries, width, measure), size, heading, 'Contents')
  let page = draft.pages.length + 1
  const numbered = entries.map((e, i) => {
    const entry = { ...e, page }
    page += parts[i]?.pages.length ?? 0
    return entry
  })
  // Page numbers do not change any entry's height, so the numbered contents paginate exactly as the draft did.
  const contents = layoutPart(composeContents(heading, intro, numbered, width, measure), size, heading, 'Contents')
  const { pages, anchors } = drawParts([contents, ...parts], size, corpusName)
  const outline = [
    ...outlineOf(contents, 0),
    ...parts.flatMap((p, i) => {
      const sheet = sheets[i]
      return sheet ? [{ title: sheet.title, level: 0, anchor: `${sheet.slug}/overview` }, ...outlineOf(p, 0)] : []
    }),
  ]
  return writePdf({
    pages,
    size,
    anchors,
    outline,
    meta: {
      title: `${heading}: ${corpusName}`,
      subject: intro,
      keywords: keywordsOf(sheets),
      author,
      creator,
      producer,
      date: latest(sheets),
    },
    compress,
  })
}
