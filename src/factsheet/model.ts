import type { DatePrecision } from '../curation/timeline'
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

/** One outlet's words for an event, verbatim from the cited paragraph. */
export interface EventReport {
  text: string
  source: SourceRef
}

/** A dated event the corpus reports; its sources are numbered in the list of the page that shows it. */
export interface FactEvent {
  /** Kebab-case id; pages anchor it as `event-<id>`. */
  id: string
  /** ISO date as precise as the sources allow: `2023-03-20`, `2023-02` or `2014`. */
  date: string
  precision: DatePrecision
  dateNote?: string
  /** A warning about the reports themselves, e.g. a garbled sentence. */
  caution?: string
  title: string
  /** Slugs of the topic sheets the event belongs on. */
  topics: string[]
  reports: EventReport[]
  outlets: string[]
  newsrooms: string[]
}

/** Every event of the corpus, with its own numbered source list: the model of the timeline page. */
export interface Timeline {
  events: FactEvent[]
  references: SourceRef[]
  /** The topic sheets events link to, in index order. */
  topics: { slug: string; title: string }[]
  corpusName: string
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
  /** The dated events tagged with this topic, oldest first. */
  events: FactEvent[]
  /** Every cited paragraph, numbered in order of first citation. */
  references: SourceRef[]
  /** Every article cited, in corpus order. */
  articles: ArticleSummary[]
  /** Earliest and latest publication date among the cited articles. */
  dateRange: { from: string; to: string }
  /** What the sheet was made from, e.g. for a footer. */
  corpusName: string
  /** Set by filterActors when the sheet shows only some actors: every format must say who was left out. */
  actorFilter?: ActorFilter
}

/** Which actors a narrowed fact sheet shows and which it leaves out, in canonical order. */
export interface ActorFilter {
  actors: ActorId[]
  omitted: { actor: ActorId; actorName: string }[]
}

/** What an output records about the data it was made from: its version, and the paragraphs it cites in full. */
export interface Provenance {
  /** Content hash of the seeds and curated data (the catalog's dataVersion). */
  dataVersion: string
  /** The full text of a cited paragraph, for evidence attached to a brief. */
  paragraphText: (article: string, paragraph: string) => string | undefined
}
