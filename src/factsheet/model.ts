import type { ActorId, StanceId, StatementKind } from '../curation/types'

/** A numbered entry of a fact sheet's source list: one cited paragraph of one article. */
export interface SourceRef {
  /** 1-based number shown as [n] beside statements. */
  n: number
  article: string
  paragraph: string
  outlet: string
  affiliation: string
  ownership: string
  newsroom: string
  headline: string
  /** ISO publication date of the article. */
  date: string
  qualityNote?: string
  /** Site-relative link to the paragraph: `/sources/voa#p12`. */
  href: string
}

export interface Wording {
  kind: StatementKind
  text: string
  source: SourceRef
}

export interface FactStatement {
  /** Stable anchor, e.g. `russia-1`. */
  id: string
  kind: StatementKind
  /** The preferred wording; `wordings` holds every outlet's version, this one first. */
  quote: string
  speaker: { name: string; role: string }
  date: string
  dateNote?: string
  wordings: Wording[]
  /** Distinct outlets that carry the statement. */
  outlets: string[]
  /** Distinct newsrooms that carry it: the corroboration count, a republished wire story counted once. */
  newsrooms: string[]
}

export interface FactPosition {
  actor: ActorId
  actorName: string
  stance: StanceId
  stanceLabel: string
  summary: string
  statements: FactStatement[]
}

export interface FactFigure {
  label: string
  value: string
  sources: SourceRef[]
}

export interface ArticleSummary {
  article: string
  outlet: string
  affiliation: string
  newsroom: string
  headline: string
  date: string
  qualityNote?: string
}

/** Everything any renderer needs to draw one topic's fact sheet; renderers add nothing but layout. */
export interface FactSheet {
  slug: string
  title: string
  summary: string
  positions: FactPosition[]
  figures: FactFigure[]
  /** Every cited paragraph, numbered in order of first citation. */
  references: SourceRef[]
  /** Every article cited, in corpus order. */
  articles: ArticleSummary[]
  /** Earliest and latest publication date among the cited articles. */
  dateRange: { from: string; to: string }
  /** What the sheet was made from, e.g. for a footer. */
  corpusName: string
}
