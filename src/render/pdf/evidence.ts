// The evidence file attached to a brief: pure data, no PDF syntax (pdf-write.ts embeds it).
import type { ActorRecord } from '../../factsheet/actor-record'
import type { ActorFilter, FactSheet, FactStatement, SourceRef } from '../../factsheet/model'
import type { ActorId, StanceId } from '../../curation/types'
import type { PdfProvenance } from './options'

/** A file embedded in a PDF (/EmbeddedFiles and the catalog's /AF, relationship /Data). */
export interface Attachment {
  name: string
  description: string
  mimeType: string
  bytes: Uint8Array
}

/** A citation as the evidence file gives it: the number printed in the brief and the key of the paragraph. */
interface Cited {
  n: number
  /** Key into `paragraphs`: `voa#p12`. */
  paragraph: string
}

interface EvidencePosition {
  actor: ActorId
  actorName: string
  stance: StanceId
  stanceLabel: string
  basis?: string
  statements: {
    id: string
    kind: string
    speaker: { name: string; role: string }
    date: string
    dateNote?: string
    wordings: ({ kind: string; text: string } & Cited)[]
  }[]
}

interface EvidenceTopic {
  slug: string
  title: string
  url: string
  positions: EvidencePosition[]
  figures?: { label: string; value: string; sources: Cited[] }[]
  events?: { id: string; date: string; title: string; reports: ({ text: string } & Cited)[] }[]
}

/** The JSON a reader finds in a brief's attachment (version 1). */
export interface Evidence {
  about: string
  format: 'factsheets-evidence/1'
  dataVersion: string
  corpus: string
  document: { kind: 'topic' | 'collection' | 'actor'; title: string; url: string }
  actorFilter?: { actors: ActorId[]; omitted: ActorId[] }
  topics: EvidenceTopic[]
  /** Every cited paragraph once, with its full text as the corpus holds it. */
  paragraphs: Record<
    string,
    {
      article: string
      paragraph: string
      outlet: string
      headline: string
      date: string
      url: string
      text: string | null
    }
  >
}

const about =
  'Evidence for a PDF brief: every statement, key figure and event it shows, each wording with the number printed beside it ' +
  'in the brief (n) and the key of the paragraph it cites, and the full text of every cited paragraph, so the brief can be ' +
  'checked offline. Each wording stands verbatim in its paragraph, up to the style of quotation marks and spacing. ' +
  'dataVersion is the content hash printed in the brief’s footer.'

/** Builds the evidence file's parts, collecting each cited paragraph once. */
const collector = (origin: string, provenance: PdfProvenance) => {
  const paragraphs: Evidence['paragraphs'] = {}
  const cite = (ref: SourceRef): Cited => {
    const key = `${ref.article}#${ref.paragraph}`
    paragraphs[key] ??= {
      article: ref.article,
      paragraph: ref.paragraph,
      outlet: ref.outlet,
      headline: ref.headline,
      date: ref.date,
      url: `${origin}${ref.href}`,
      text: provenance.paragraphText(ref.article, ref.paragraph) ?? null,
    }
    return { n: ref.n, paragraph: key }
  }
  const statement = (s: FactStatement): EvidencePosition['statements'][number] => ({
    id: s.id,
    kind: s.kind,
    speaker: s.speaker,
    date: s.date,
    ...(s.dateNote ? { dateNote: s.dateNote } : {}),
    wordings: s.wordings.map((w) => ({ kind: w.kind, text: w.text, ...cite(w.source) })),
  })
  return { paragraphs, cite, statement }
}

const encode = (evidence: Evidence, name: string): Attachment => ({
  name,
  description: 'Evidence: every statement in this brief with the full text of the paragraphs it cites (JSON)',
  mimeType: 'application/json',
  // Stored as it is: deflate (CompressionStream) took ~0.9 ms for a topic's 24 KB, a third of a render, to save 18 KB.
  bytes: new TextEncoder().encode(JSON.stringify(evidence)),
})

const filterOf = (filter: ActorFilter | undefined) =>
  filter ? { actorFilter: { actors: filter.actors, omitted: filter.omitted.map((o) => o.actor) } } : {}

/** The evidence file of one topic's brief (narrowed or not), or of several topics in one document. */
export const sheetsEvidence = (
  sheets: readonly FactSheet[],
  document: Evidence['document'],
  name: string,
  origin: string,
  provenance: PdfProvenance,
): Attachment => {
  const c = collector(origin, provenance)
  const topics = sheets.map((sheet): EvidenceTopic => ({
    slug: sheet.slug,
    title: sheet.title,
    url: `${origin}/topics/${sheet.slug}`,
    positions: sheet.positions.map((p) => ({
      actor: p.actor,
      actorName: p.actorName,
      stance: p.stance,
      stanceLabel: p.stanceLabel,
      ...(p.basis ? { basis: p.basis } : {}),
      statements: p.statements.map(c.statement),
    })),
    figures: sheet.figures.map((f) => ({ label: f.label, value: f.value, sources: f.sources.map(c.cite) })),
    events: sheet.events.map((e) => ({
      id: e.id,
      date: e.date,
      title: e.title,
      reports: e.reports.map((r) => ({ text: r.text, ...c.cite(r.source) })),
    })),
  }))
  const evidence: Evidence = {
    about,
    format: 'factsheets-evidence/1',
    dataVersion: provenance.dataVersion,
    corpus: sheets[0]?.corpusName ?? '',
    document,
    ...(sheets.length === 1 ? filterOf(sheets[0]?.actorFilter) : {}),
    topics,
    paragraphs: c.paragraphs,
  }
  return encode(evidence, name)
}

/** The evidence file of an actor's record: its statements on every topic, numbered as in the record's source list. */
export const actorEvidence = (
  record: ActorRecord,
  title: string,
  origin: string,
  provenance: PdfProvenance,
): Attachment => {
  const c = collector(origin, provenance)
  const evidence: Evidence = {
    about,
    format: 'factsheets-evidence/1',
    dataVersion: provenance.dataVersion,
    corpus: record.corpusName,
    document: { kind: 'actor', title, url: `${origin}/actors/${record.actor}` },
    topics: record.topics.map((t) => ({
      slug: t.slug,
      title: t.title,
      url: `${origin}/topics/${t.slug}`,
      positions: [
        {
          actor: record.actor,
          actorName: record.actorName,
          stance: t.stance,
          stanceLabel: t.stanceLabel,
          statements: t.statements.map(c.statement),
        },
      ],
    })),
    paragraphs: c.paragraphs,
  }
  return encode(evidence, `actor-${record.actor}-evidence.json`)
}
