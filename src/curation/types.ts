import type { Article } from '../corpus/types'

// The curated data as the Worker receives it: validated and compiled by `npm run check:data` from the story's
// YAML files (tools/data/), never edited by hand and never checked again at run time.

/** An actor id of the story, e.g. `us`; the story lists its actors in display order. */
export type ActorId = string

/** The fixed stance vocabulary. `none` means: no stated position in these sources. */
export const stanceIds = ['supports', 'opposes', 'conditional', 'ambiguous', 'none'] as const
export type StanceId = (typeof stanceIds)[number]

/**
 * quote: the speaker's words, verbatim inside quotation marks in the cited paragraph.
 * paraphrase: reported speech the outlet attributes, copied verbatim.
 * characterisation: the outlet's own description of what an actor did or holds, copied verbatim.
 */
export type StatementKind = 'quote' | 'paraphrase' | 'characterisation'

/**
 * What a stance rests on, the strongest evidence it cites: the actor's own words (a quote of one of its speakers),
 * reported speech (its speakers paraphrased by outlets, never quoted), or outlets' reports only.
 */
export type Basis = 'own-words' | 'reported-speech' | 'outlet-reports'

/** As precise as the text: `2023-03-20`, `2023-03` or `2023`. */
export type DatePrecision = 'day' | 'month' | 'year'

export interface Speaker {
  name: string
  role: string
  actor: ActorId
}

/** One outlet's report of a statement: its own characters, in one paragraph, in one or more segments. */
export interface Report {
  kind: StatementKind
  article: string
  paragraph: string
  /** The outlet's own characters; several where a quote is interrupted ("…," he said. "…"). */
  segments: string[]
  /** The newsroom the outlet attributes the words to ("according to Reuters"), if not its own. */
  via?: string
}

export interface Statement {
  /** Chosen by the curator, unique in the story: the anchor everywhere the statement appears. */
  id: string
  /** The grade of the preferred (first) report. */
  kind: StatementKind
  /** Who said it; empty for an outlet's characterisation of an actor. Several for a joint statement. */
  speakers: Speaker[]
  /** Every actor the statement speaks for. */
  actors: ActorId[]
  date: string
  precision: DatePrecision
  dateNote?: string
  /** Every outlet that reports it; the first is the preferred wording. */
  reports: Report[]
}

export interface Position {
  actor: ActorId
  stance: StanceId
  basis?: Basis
  summary: string
  /** The statement the curator chose to show at a glance (one of `statements`); otherwise a rule picks. */
  telling?: string
  /** Statement ids, in the order the sheet shows them. */
  statements: string[]
}

export interface KeyFigure {
  id: string
  label: string
  value: string
  reports: Omit<Report, 'kind' | 'via'>[]
}

export interface Topic {
  slug: string
  title: string
  summary: string
  /** One per story actor, in the story's order. */
  positions: Position[]
  figures: KeyFigure[]
  /** Anchors published before statement ids were names (`us-2`) and the statement each now names. */
  anchors: Record<string, string>
}

/** A dated event the sources report, placed on the topic sheets it belongs to. */
export interface TimelineEvent {
  id: string
  date: string
  precision: DatePrecision
  dateNote?: string
  caution?: string
  title: string
  topics: string[]
  reports: Report[]
}

export interface Actor {
  id: ActorId
  name: string
  /** The name inside a sentence, where it differs: "the United States". */
  inSentence?: string
}

/** What differs between stories beyond their articles and topics: names and wording. */
export interface Story {
  id: string
  title: string
  corpusName: string
  /** The sources inside a sentence: "the five reports". */
  sourcesPhrase: string
  actors: Actor[]
}

/** One story, compiled: everything the Worker serves comes from here. */
export interface StoryData {
  story: Story
  articles: Article[]
  statements: Record<string, Statement>
  topics: Topic[]
  timeline: TimelineEvent[]
  /** Content hash of the compiled data: changes whenever any output could. */
  dataVersion: string
}
