import type { ActorRecord } from '../../factsheet/actor-record'
import type { PositionMatrix } from '../../factsheet/matrix'
import type { FactSheet } from '../../factsheet/model'
import { composeActor, actorLead, actorTitle } from './compose-actor'
import { composeBrief } from './compose-brief'
import { composeContents } from './compose-contents'
import { composeMatrix } from './compose-matrix'
import { actorEvidence, sheetsEvidence } from './evidence'
import { formatDateRange } from '../format-date'
import { landscape, pageSizes, paperSizes, type Paper, type PdfOptions, type PdfProvenance } from './options'
import { drawParts, frameOf, layoutPart, measure, type Part } from './pages'
import { writePdf, type DocumentSpec } from './pdf-write'

export { paperSizes, type Paper, type PdfOptions, type PdfProvenance }

const creator = 'factsheets PDF renderer'
const producer = 'pdf-lib 1.17.1 with IBM Plex Sans (SIL OFL 1.1)'
// Every stream is deflated (native zlib, level 6): a brief a fraction of the size for little CPU.
const compress = true

/** A topic's brief laid out on pages: page 1 the brief at a glance, the full record from page 2. */
export const briefPart = (sheet: FactSheet, options: Pick<PdfOptions, 'paper' | 'origin'>, prefix: string): Part => {
  const size = pageSizes[options.paper]
  const blocks = composeBrief(sheet, { ...frameOf(size), measure, prefix, origin: options.origin })
  return layoutPart(blocks, size, sheet.title, `Fact sheet · ${formatDateRange(sheet.dateRange)}`)
}

const outlineOf = (part: Part, level: number) =>
  part.blocks.flatMap((b) =>
    b.outline && b.anchor ? [{ title: b.outline.title, level: b.outline.level + level, anchor: b.anchor }] : [],
  )

const keywordsOf = (sheets: FactSheet[]) =>
  [...new Set(['fact sheet', ...sheets.flatMap((s) => [s.title, ...s.positions.map((p) => p.actorName)])])].join(', ')

const latest = (dates: string[]) => [...dates].sort().pop() ?? ''

type Meta = Omit<DocumentSpec['meta'], 'author' | 'creator' | 'producer' | 'dataVersion'>

/** Draws the parts and writes the document with the shared metadata, the data version and the attachment. */
const finish = (
  parts: Part[],
  size: DocumentSpec['size'],
  footer: string,
  provenance: PdfProvenance,
  rest: { outline: DocumentSpec['outline']; meta: Meta; attachment?: DocumentSpec['attachment'] },
): Promise<Uint8Array> => {
  const { pages, anchors, tree } = drawParts(parts, size, footer, provenance.dataVersion)
  return writePdf({
    pages,
    tree,
    size,
    anchors,
    outline: rest.outline,
    meta: { ...rest.meta, author: `Fact sheets curated from ${provenance.corpusName}`, creator, producer, dataVersion: provenance.dataVersion },
    attachment: rest.attachment,
    compress,
  })
}

/**
 * One topic's brief as PDF bytes: overview and stance table, a section per actor, key figures, numbered sources;
 * a narrowed sheet (filterActors) says on page 1 whom it leaves out. Attached: `<slug>-evidence.json`.
 */
export const renderFactSheetPdf = async (sheet: FactSheet, options: PdfOptions): Promise<Uint8Array> => {
  const { provenance } = options
  const part = briefPart(sheet, options, `${sheet.slug}/`)
  const selected = sheet.actorFilter?.actors
  const variant = selected ? `-${selected.join('-')}` : ''
  const url = `${options.origin}/topics/${sheet.slug}${selected ? `?actors=${selected.join(',')}` : ''}`
  const title = sheet.title
  return finish([part], pageSizes[options.paper], sheet.corpusName, provenance, {
    outline: outlineOf(part, -1),
    meta: { title, subject: sheet.summary, keywords: keywordsOf([sheet]), date: sheet.dateRange.to },
    attachment: sheetsEvidence(
      [sheet],
      { kind: 'topic', title, url },
      `${sheet.slug}${variant}-evidence.json`,
      options.origin,
      provenance,
    ),
  })
}

const collectionHeading = 'Fact sheets'

/** The all-topics brief laid out on pages: its contents, then each topic's brief. */
export const collectionParts = (sheets: FactSheet[], options: Pick<PdfOptions, 'paper' | 'origin'>): Part[] => {
  const size = pageSizes[options.paper]
  const { width } = frameOf(size)
  const intro = introOf(sheets)
  const entries = sheets.map((s) => ({ title: s.title, summary: s.summary, anchor: `${s.slug}/overview` }))
  const parts = sheets.map((s) => briefPart(s, options, `${s.slug}/`))
  const draft = layoutPart(composeContents(collectionHeading, intro, entries, width, measure), size, collectionHeading, 'Contents')
  let page = draft.pages.length + 1
  const numbered = entries.map((e, i) => {
    const entry = { ...e, page }
    page += parts[i]?.pages.length ?? 0
    return entry
  })
  // Page numbers do not change any entry's height, so the numbered contents paginate exactly as the draft did.
  return [layoutPart(composeContents(collectionHeading, intro, numbered, width, measure), size, collectionHeading, 'Contents'), ...parts]
}

const introOf = (sheets: FactSheet[]) =>
  `${sheets.length} ${sheets.length === 1 ? 'topic' : 'topics'} · Sources: ${sheets[0]?.corpusName ?? ''}.`

/**
 * Every topic in one document, after a contents page whose entries link to each topic's first page.
 * Attached: `all-evidence.json`.
 */
export const renderCollectionPdf = async (sheets: FactSheet[], options: PdfOptions): Promise<Uint8Array> => {
  const { provenance } = options
  const size = pageSizes[options.paper]
  const corpusName = sheets[0]?.corpusName ?? ''
  const intro = introOf(sheets)
  const [contents, ...parts] = collectionParts(sheets, options) as [Part, ...Part[]]
  const outline = [
    ...outlineOf(contents, 0),
    ...parts.flatMap((p, i) => {
      const sheet = sheets[i]
      return sheet ? [{ title: sheet.title, level: 0, anchor: `${sheet.slug}/overview` }, ...outlineOf(p, 0)] : []
    }),
  ]
  const title = `${collectionHeading}: ${corpusName}`
  return finish([contents, ...parts], size, corpusName, provenance, {
    outline,
    meta: { title, subject: intro, keywords: keywordsOf(sheets), date: latest(sheets.map((s) => s.dateRange.to)) },
    attachment: sheetsEvidence(
      sheets,
      { kind: 'collection', title, url: `${options.origin}/briefs/all.pdf` },
      'all-evidence.json',
      options.origin,
      provenance,
    ),
  })
}

/**
 * The position matrix on one landscape page: topics as rows, actors as columns, each cell a stance mark and label
 * linking to that actor's section of the topic's brief, and a legend. The type shrinks to keep more topics on the
 * page; past 60 % the rows run on over further pages. No attachment: every cell links to a brief that carries one.
 */
export const renderMatrixPdf = async (matrix: PositionMatrix, options: PdfOptions): Promise<Uint8Array> => {
  const { provenance } = options
  const size = landscape(pageSizes[options.paper])
  const frame = frameOf(size)
  const { pages } = composeMatrix(matrix, { width: frame.width, measure, origin: options.origin }, frame.height)
  const header = 'Position matrix'
  const right = `Fact sheets · ${formatDateRange(matrix.dateRange)}`
  const parts = pages.map((blocks) => layoutPart(blocks, size, header, right))
  return finish(parts, size, matrix.corpusName, provenance, {
    outline: [],
    meta: {
      title: 'Position matrix: who stands where on each topic',
      subject: `${matrix.rows.length} topics against ${matrix.columns.map((c) => c.actorName).join(', ')}: each cell the stance, linking to the statements behind it.`,
      keywords: ['position matrix', ...matrix.rows.map((r) => r.title), ...matrix.columns.map((c) => c.actorName)].join(
        ', ',
      ),
      date: matrix.dateRange.to,
    },
  })
}

/** An actor's record laid out on pages: page 1 the record at a glance, the full record from page 2. */
export const actorPart = (record: ActorRecord, options: Pick<PdfOptions, 'paper' | 'origin'>): Part => {
  const size = pageSizes[options.paper]
  const blocks = composeActor(record, { ...frameOf(size), measure, prefix: '', origin: options.origin })
  return layoutPart(blocks, size, actorTitle(record), 'Actor record')
}

/**
 * One actor across every topic: page 1 at a glance, then per topic its stance, summary and statements; the
 * speakers; the numbered sources. Attached: `actor-<id>-evidence.json`.
 */
export const renderActorPdf = async (record: ActorRecord, options: PdfOptions): Promise<Uint8Array> => {
  const { provenance } = options
  const size = pageSizes[options.paper]
  const title = actorTitle(record)
  const part = actorPart(record, options)
  return finish([part], size, record.corpusName, provenance, {
    outline: outlineOf(part, -1),
    meta: {
      title,
      subject: actorLead(record),
      keywords: ['actor record', record.actorName, ...record.topics.map((t) => t.title)].join(', '),
      date: latest(record.references.map((r) => r.date)),
    },
    attachment: actorEvidence(record, title, options.origin, provenance),
  })
}
