import { mostTellingStatement } from '../factsheet/glance'
import type { FactPosition, FactStatement, SourceRef } from '../factsheet/model'
import { corroborationSentence } from '../vocabulary'

// Optional fields are written `field: value || undefined`, not spread in: JSON.stringify leaves out a field whose
// value is undefined, so the JSON is the same, and every object of a kind has the same shape, which V8 builds and
// serializes faster than spreads of conditional objects.

/** A cited paragraph as the API shows it (the same fields as in `/api/topics/:slug`). */
export const sourceRefJson = (s: SourceRef) => ({
  n: s.n,
  article: s.article,
  outlet: s.outlet,
  affiliation: s.affiliation,
  newsroom: s.newsroom,
  ownership: s.ownership,
  paragraph: s.paragraph,
  url: s.href,
  qualityNote: s.qualityNote || undefined,
})

/** A statement as the API shows it (the same shape as in `/api/topics/:slug`). */
export const statementJson = (s: FactStatement) => ({
  id: s.id,
  kind: s.kind,
  quote: s.quote,
  speaker: s.speaker,
  joint: s.joint ? true : undefined,
  about: s.about,
  date: s.date,
  precision: s.precision,
  dateNote: s.dateNote || undefined,
  outlets: s.outlets,
  corroboration: {
    newsrooms: s.corroboration.newsrooms,
    count: s.corroboration.newsrooms.length,
    singleSource: s.corroboration.newsrooms.length === 1,
    sharedWire: s.corroboration.sharedWire,
    sentence: corroborationSentence(s.corroboration),
  },
  sources: s.wordings.map((w) =>
    Object.assign(sourceRefJson(w.source), { kind: w.kind, wording: w.text, segments: w.segments, attributedTo: w.via || undefined }),
  ),
})

/** A numbered reference with what a reader needs to find it. */
export const referenceJson = (r: SourceRef) => Object.assign(sourceRefJson(r), { headline: r.headline, date: r.date })

/** The id of the statement shown at a glance for a position (the curator's choice, else the rule's); none for none. */
export const tellingId = (p: Pick<FactPosition, 'stance' | 'statements' | 'telling'>): string | undefined => mostTellingStatement(p)?.id
