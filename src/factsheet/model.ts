import type { ActorId, Basis, DatePrecision, StanceId, StatementKind } from '../curation/types'
import type { Corroboration } from '../vocabulary'

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
  /** Wire services the article's text says it carries. */
  wireMaterial: string[]
  headline: string
  /** ISO publication date of the article. */
  date: string
  qualityNote?: string
  /** Site-relative link to the paragraph: `/sources/voa#p12`. */
  href: string
}

export interface Wording {
  kind: StatementKind
  /** The segments joined with a visible elision. */
  text: string
  /** The outlet's own characters, one per part of an interrupted quote. */
  segments: string[]
  source: SourceRef
  /** The newsroom the outlet attributes the words to, when not its own. */
  via?: string
}

export interface FactStatement {
  /** The curator's id, unique in the story: `kirby-malarkey`. */
  id: string
  kind: StatementKind
  /** The preferred wording; `wordings` holds every outlet's version, this one first. */
  quote: string
  /** Who is shown as saying it: the speaker, several for a joint statement, or the actor as an outlet characterises it. */
  speaker: { name: string; role: string }
  /** True when several speakers made it together. */
  joint: boolean
  /** The actors an outlet's characterisation describes, where it describes several (it shows under each of them). */
  about?: ActorId[]
  date: string
  precision: DatePrecision
  dateNote?: string
  wordings: Wording[]
  /** Distinct outlets that carry the statement. */
  outlets: string[]
  /** Distinct newsrooms that carry it (an outlet's "according to Reuters" counts as Reuters), and shared wire material. */
  corroboration: Corroboration
}

export interface FactPosition {
  actor: ActorId
  actorName: string
  /** The name inside a sentence: "the United States". */
  actorInSentence: string
  stance: StanceId
  stanceLabel: string
  basis?: Basis
  /** The stance with what it rests on: "Supports, as reported by outlets: no official quoted". */
  stanceWithBasis: string
  summary: string
  /** Id of the statement the curator chose to show at a glance, if any (see mostTellingStatement). */
  telling?: string
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
  sourcesPhrase: string
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
  /** The sources inside a sentence: "the five reports". */
  sourcesPhrase: string
  /** Anchors published before statement ids were names (`us-2`) and the statement id each now names. */
  anchors: Record<string, string>
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
  /** What the outputs were made from, e.g. for a PDF's author field. */
  corpusName: string
  /** The full text of a cited paragraph, for evidence attached to a brief. */
  paragraphText: (article: string, paragraph: string) => string | undefined
}
