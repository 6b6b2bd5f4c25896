import { exports } from 'cloudflare:workers'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, type PDFObject } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import type { ActorId } from '../../src/curation/types'
import { buildActorRecord } from '../../src/factsheet/actor-record'
import { filterActors } from '../../src/factsheet/filter-actors'
import type { FactSheet } from '../../src/factsheet/model'
import { renderFactSheetPdf, type PdfProvenance } from '../../src/render/pdf'
import type { Evidence } from '../../src/render/pdf/evidence'
import { elision } from '../../src/vocabulary'
import { actorIds, catalog } from '../support/catalog'

const get = (path: string, init?: RequestInit) =>
  exports.default.fetch(`http://localhost${path}`, { redirect: 'manual', ...init })
const origin = 'http://localhost'

const load = async (path: string) => {
  const res = await get(path)
  expect(res.status, path).toBe(200)
  expect(res.headers.get('Content-Type'), path).toBe('application/pdf')
  return PDFDocument.load(await res.arrayBuffer(), { updateMetadata: false })
}

const nameOf = (o: PDFObject | undefined) => o?.toString()

/** The document's one embedded file: its name, file specification and stream dictionary, and the JSON it holds. */
const attachmentOf = (doc: PDFDocument) => {
  const tree = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict)
  const names = tree.lookup(PDFName.of('Names'), PDFArray)
  expect(names.size()).toBe(2)
  const spec = names.lookup(1, PDFDict)
  const af = doc.catalog.lookup(PDFName.of('AF'), PDFArray)
  expect(af.size()).toBe(1)
  expect(af.get(0)).toBe(names.get(1))
  const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'))
  if (!(stream instanceof PDFRawStream)) throw new Error('the embedded file is not a stream')
  const bytes = decodePDFRawStream(stream).decode()
  return {
    name: names.lookup(0, PDFString).decodeText(),
    spec,
    dict: stream.dict,
    bytes,
    evidence: JSON.parse(new TextDecoder().decode(bytes)) as Evidence,
  }
}

/** Each part of a wording (an interrupted quote's parts are joined by the elision) is the paragraph's own text, in order. */
const expectVerbatim = (paragraph: string, wording: string, where: string) => {
  let from = 0
  for (const part of wording.split(elision)) {
    const at = paragraph.indexOf(part, from)
    expect(at, `${where}: "${part}"`).toBeGreaterThanOrEqual(0)
    from = at + part.length
  }
}

/** Checks an evidence file against the statements it claims to hold: each wording verbatim in its paragraph's full text. */
const checkWordings = (evidence: Evidence) => {
  let wordings = 0
  for (const topic of evidence.topics)
    for (const position of topic.positions)
      for (const statement of position.statements)
        for (const w of statement.wordings) {
          const paragraph = evidence.paragraphs[w.paragraph]
          expect(paragraph?.text, `${topic.slug} ${statement.id} ${w.paragraph}`).toBeTruthy()
          expectVerbatim(paragraph!.text!, w.text, `${topic.slug} ${statement.id}`)
          expect(paragraph!.text).toBe(catalog.corpus.paragraph(paragraph!.article, paragraph!.paragraph)?.text)
          wordings++
        }
  for (const topic of evidence.topics) {
    for (const f of topic.figures ?? [])
      for (const s of f.sources) expect(evidence.paragraphs[s.paragraph]?.text).toBeTruthy()
    for (const e of topic.events ?? [])
      for (const r of e.reports)
        expectVerbatim(evidence.paragraphs[r.paragraph]!.text!, r.text, `${topic.slug} ${e.id}`)
  }
  return wordings
}

/** The statements of a sheet as (id, n per wording), to compare with the evidence file. */
const statementsOf = (sheet: FactSheet) =>
  sheet.positions.map((p) => ({
    actor: p.actor,
    stance: p.stance,
    statements: p.statements.map((s) => [s.id, s.wordings.map((w) => [w.text, w.source.n])]),
  }))
const evidenceStatements = (topic: Evidence['topics'][number]) =>
  topic.positions.map((p) => ({
    actor: p.actor,
    stance: p.stance,
    statements: p.statements.map((s) => [s.id, s.wordings.map((w) => [w.text, w.n])]),
  }))

describe('the evidence file attached to a topic brief', () => {
  it.each(catalog.sheets.map((s) => s.slug))(
    '%s: <slug>-evidence.json, JSON, /AFRelationship /Data, every wording verbatim in its paragraph',
    async (slug) => {
      const sheet = catalog.sheet(slug)!
      const { name, spec, dict, bytes, evidence } = attachmentOf(await load(`/topics/${slug}.pdf`))
      expect(name).toBe(`${slug}-evidence.json`)
      expect(spec.lookup(PDFName.of('UF'))?.toString()).toContain('FEFF')
      expect(nameOf(spec.get(PDFName.of('AFRelationship')))).toBe('/Data')
      expect(nameOf(dict.get(PDFName.of('Type')))).toBe('/EmbeddedFile')
      expect(nameOf(dict.get(PDFName.of('Subtype')))).toBe('/application#2Fjson')
      expect(nameOf(dict.get(PDFName.of('Filter')))).toBe('/FlateDecode')
      expect(dict.lookup(PDFName.of('Params'), PDFDict).get(PDFName.of('Size'))?.toString()).toBe(String(bytes.length))
      expect(evidence.format).toBe('factsheets-evidence/1')
      expect(evidence.dataVersion).toBe(catalog.dataVersion)
      expect(evidence.document).toEqual({ kind: 'topic', title: sheet.title, url: `${origin}/topics/${slug}` })
      expect(evidence.topics).toHaveLength(1)
      expect(evidenceStatements(evidence.topics[0]!)).toEqual(statementsOf(sheet))
      expect(checkWordings(evidence)).toBe(
        sheet.positions.reduce((n, p) => n + p.statements.reduce((m, s) => m + s.wordings.length, 0), 0),
      )
      // Exactly the paragraphs of the brief's source list.
      expect(Object.keys(evidence.paragraphs).sort()).toEqual(
        sheet.references.map((r) => `${r.article}#${r.paragraph}`).sort(),
      )
    },
    // The first case renders the first brief of the isolate (font tables and all): allow for a loaded machine.
    20_000,
  )

  it('of a filtered brief holds only the chosen actors, numbered as that brief, and names the filter', async () => {
    const { name, evidence } = attachmentOf(await load('/topics/peace-plan.pdf?actors=china,us'))
    expect(name).toBe('peace-plan-us-china-evidence.json')
    expect(evidence.actorFilter).toEqual({ actors: ['us', 'china'], omitted: ['ukraine', 'russia', 'nato'] })
    expect(evidenceStatements(evidence.topics[0]!)).toEqual(
      statementsOf(filterActors(catalog.sheet('peace-plan')!, ['us', 'china'], actorIds)),
    )
    checkWordings(evidence)
  })

  it('of the collection holds every topic', async () => {
    const { name, evidence } = attachmentOf(await load('/briefs/all.pdf'))
    expect(name).toBe('all-evidence.json')
    expect(evidence.document.kind).toBe('collection')
    expect(evidence.topics.map((t) => t.slug)).toEqual(catalog.sheets.map((s) => s.slug))
    evidence.topics.forEach((t, i) => expect(evidenceStatements(t)).toEqual(statementsOf(catalog.sheets[i]!)))
    checkWordings(evidence)
  })

  it.each(actorIds)(
    'of the %s record holds its statements on every topic, numbered as in the record',
    async (actor: ActorId) => {
      const record = buildActorRecord(actor, catalog.sheets)
      const { name, evidence } = attachmentOf(await load(`/actors/${actor}.pdf`))
      expect(name).toBe(`actor-${actor}-evidence.json`)
      expect(evidence.document).toMatchObject({ kind: 'actor', url: `${origin}/actors/${actor}` })
      expect(
        evidence.topics.map((t) => t.positions.map((p) => p.statements.map((s) => [s.id, s.wordings.map((w) => w.n)]))),
      ).toEqual(record.topics.map((t) => [t.statements.map((s) => [s.id, s.wordings.map((w) => w.source.n)])]))
      expect(checkWordings(evidence)).toBe(
        record.topics.reduce((n, t) => n + t.statements.reduce((m, s) => m + s.wordings.length, 0), 0),
      )
    },
  )

  it('is absent from the matrix, whose cells link to briefs that carry one', async () => {
    const doc = await load('/matrix.pdf')
    expect(doc.catalog.get(PDFName.of('Names'))).toBeUndefined()
    expect(doc.catalog.get(PDFName.of('AF'))).toBeUndefined()
  })

  it('uses the provenance the caller passes, and keeps the bytes deterministic', async () => {
    const sheet = catalog.sheet('lethal-aid')!
    const provenance: PdfProvenance = { dataVersion: 'test-version', corpusName: 'A test corpus', paragraphText: (a, p) => `text of ${a}#${p}` }
    const bytes = await renderFactSheetPdf(sheet, { paper: 'a4', origin, provenance })
    expect(bytes).toEqual(await renderFactSheetPdf(sheet, { paper: 'a4', origin, provenance }))
    const doc = await PDFDocument.load(bytes, { updateMetadata: false })
    const { evidence } = attachmentOf(doc)
    expect(evidence.dataVersion).toBe('test-version')
    expect(doc.getAuthor()).toContain('A test corpus')
    for (const [key, p] of Object.entries(evidence.paragraphs)) expect(p.text).toBe(`text of ${key}`)
  })
})

describe('the data version', () => {
  const info = (doc: PDFDocument) => doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)

  it('is the same string in the HTML footer, the JSON, and every PDF’s metadata', async () => {
    const html = await (await get('/topics/peace-plan')).text()
    expect(/Data version <code>([0-9a-f]+)<\/code>/.exec(html)?.[1]).toBe(catalog.dataVersion)
    const json = (await (await get('/api/topics/peace-plan')).json()) as { dataVersion: string }
    expect(json.dataVersion).toBe(catalog.dataVersion)
    for (const path of [
      '/topics/peace-plan.pdf',
      '/topics/peace-plan.pdf?actors=us',
      '/briefs/all.pdf',
      '/matrix.pdf',
      '/actors/us.pdf',
    ]) {
      const doc = await load(path)
      expect(info(doc).lookup(PDFName.of('DataVersion'), PDFString).decodeText(), path).toBe(catalog.dataVersion)
      expect(doc.getKeywords(), path).toContain(`data version ${catalog.dataVersion}`)
    }
  })
})

describe('filterActors', () => {
  it('records which actors a narrowed sheet shows and which it leaves out, across repeated filtering', () => {
    const sheet = catalog.sheet('peace-plan')!
    expect(sheet.actorFilter).toBeUndefined()
    const once = filterActors(sheet, ['china', 'us', 'russia'], actorIds)
    expect(once.actorFilter).toEqual({
      actors: ['us', 'russia', 'china'],
      omitted: [
        { actor: 'ukraine', actorName: 'Ukraine' },
        { actor: 'nato', actorName: 'NATO' },
      ],
    })
    expect(filterActors(once, ['china'], actorIds).actorFilter).toEqual({
      actors: ['china'],
      omitted: [
        { actor: 'us', actorName: 'United States' },
        { actor: 'ukraine', actorName: 'Ukraine' },
        { actor: 'russia', actorName: 'Russia' },
        { actor: 'nato', actorName: 'NATO' },
      ],
    })
    expect(filterActors(sheet, actorIds, actorIds).actorFilter).toBeUndefined()
  })
})
