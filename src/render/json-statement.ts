import type { FactStatement, SourceRef } from '../factsheet/model'

/** A cited paragraph as the API shows it (the same fields as in `/api/topics/:slug`). */
export const sourceRefJson = (s: SourceRef) => ({
  n: s.n,
  article: s.article,
  outlet: s.outlet,
  affiliation: s.affiliation,
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
  date: s.date,
  ...(s.dateNote ? { dateNote: s.dateNote } : {}),
  outlets: s.outlets,
  corroboration: { newsrooms: s.newsrooms, count: s.newsrooms.length, singleSource: s.newsrooms.length === 1 },
  sources: s.wordings.map((w) => ({ ...sourceRefJson(w.source), kind: w.kind, wording: w.text })),
})

/** A numbered reference with what a reader needs to find it. */
export const referenceJson = (r: SourceRef) => ({ ...sourceRefJson(r), headline: r.headline, date: r.date })
