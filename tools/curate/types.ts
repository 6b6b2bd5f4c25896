/** One paragraph of an article, as the parser numbers it in reading order. */
export interface Paragraph {
  id: string
  text: string
}

/** What the proposer reads: an article's paragraphs and its publication date (ISO, or null if unknown). */
export interface ArticleText {
  id: string
  date: string | null
  headline?: string
  paragraphs: Paragraph[]
}

export interface Speaker {
  name: string
  role: string | null
}

export type StatementKind = 'quote' | 'paraphrase' | 'fragment'

/** The evidence an attribution rests on. */
export type Cue =
  | 'said-after'
  | 'said-before'
  | 'colon-intro'
  | 'according-to'
  | 'pronoun-previous-speaker'
  | 'description-previous-speaker'
  | 'transcript-label'
  | 'qa-answer'
  | 'sentence-subject'
  | 'continued-quote'
  | 'same-paragraph-speaker'
  | 'none'

export interface Proposal {
  paragraph: string
  /** The verbatim words; for an interrupted quote, its segments joined by " … ". */
  text: string
  segments: string[]
  kind: StatementKind
  speaker: Speaker | null
  actor: string | null
  date: string | null
  dateNote: string
  confidence: number
  cue: Cue
  /** The quote runs on into the next paragraph (its opening mark has no closing one here). */
  continues?: boolean
}

/** A speaker the register does not know, proposed for the curator to add. */
export interface NewSpeaker {
  name: string
  role: string | null
  /** An actor the register's role patterns suggest, for the curator to confirm. */
  suggestedActor: string | null
}
