import { mostTellingStatement } from '../factsheet/glance'
import type { FactPosition, FactStatement, SourceRef } from '../factsheet/model'
import { corroborationSentence } from '../vocabulary'

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
  ...(s.qualityNote ? { qualityNote: s.qualityNote } : {}),
})

/** A statement as the API shows it (the same shape as in `/api/topics/:slug`). */
export const statementJson = (s: FactStatement) => ({
  id: s.id,
  kind: s.kind,
  quote: s.quote,
  speaker: s.speaker,
  ...(s.joint ? { joint: true } : {}),
  ...(s.about ? { about: s.about } : {}),
  date: s.date,
  precision: s.precision,
  ...(s.dateNote ? { dateNote: s.dateNote } : {}),
  outlets: s.outlets,
  corroboration: {
    newsrooms: s.corroboration.newsrooms,
    count: s.corroboration.newsrooms.length,
    singleSource: s.corroboration.newsrooms.length === 1,
    sharedWire: s.corroboration.sharedWire,
    sentence: corroborationSentence(s.corroboration),
  },
  sources: s.wordings.map((w) => ({
    ...sourceRefJson(w.source),
    kind: w.kind,
    wording: w.text,
    segments: w.segments,
    ...(w.via ? { attributedTo: w.via } : {}),
  })),
})

/** A numbered reference with what a reader needs to find it. */
export const referenceJson = (r: SourceRef) => ({ ...sourceRefJson(r), headline: r.headline, date: r.date })

/** The statement shown at a glance for a position (the curator's choice, else the rule's), by id; none for none. */
export const tellingJson = (p: Pick<FactPosition, 'stance' | 'statements' | 'telling'>) => {
  const telling = mostTellingStatement(p)
  return telling ? { telling: telling.id } : {}
}
