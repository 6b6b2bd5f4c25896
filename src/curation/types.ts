/** The five actors every fact sheet answers for, in display order. */
export const actorIds = ['us', 'ukraine', 'russia', 'china', 'nato'] as const
export type ActorId = (typeof actorIds)[number]

export const isActorId = (value: string): value is ActorId => (actorIds as readonly string[]).includes(value)

/** The fixed stance vocabulary. `none` means: no stated position in these sources. */
export const stanceIds = ['supports', 'opposes', 'conditional', 'ambiguous', 'none'] as const
export type StanceId = (typeof stanceIds)[number]

/**
 * quote: the speaker's words, verbatim in the cited paragraph.
 * paraphrase: the outlet's indirect report of the speech, copied verbatim from the paragraph.
 * characterisation: the outlet's own description of what an actor did or holds, copied verbatim.
 */
export type StatementKind = 'quote' | 'paraphrase' | 'characterisation'

export interface Speaker {
  name: string
  role: string
}

/** One outlet's report of a statement: its own wording, in one paragraph. */
export interface Report {
  /** Set only where this outlet reports the words with a different grade than the statement's own `kind`. */
  kind?: StatementKind
  article: string
  paragraph: string
  /** Exactly the words of the paragraph (curly or straight quote marks and spacing may differ). */
  text: string
}

export interface Statement {
  /** The grade of the preferred (first) report; other reports may override it. */
  kind: StatementKind
  speaker: Speaker
  /** ISO date the words were said or published, as far as the sources tell. */
  date: string
  /** How the date was established, where the text gives only a weekday or a relative day. */
  dateNote?: string
  /** Every outlet that reports it; the first is the preferred wording. */
  reports: Report[]
}

export interface Position {
  stance: StanceId
  /** One neutral sentence in our own words, drawn only from the statements. */
  summary: string
  statements: Statement[]
}

export interface KeyFigure {
  label: string
  value: string
  reports: Report[]
}

export interface Topic {
  slug: string
  title: string
  /** One paragraph saying what the topic covers and how the actors divide. */
  summary: string
  positions: Record<ActorId, Position>
  figures: KeyFigure[]
}
