/** Why a line of a seed file is not a paragraph of news text. */
export type DropReason =
  | 'headline'
  | 'site-chrome'
  | 'video-player'
  | 'photo-caption'
  | 'duplicate'
  | 'see-also'
  | 'section-heading'
  | 'credit'
  | 'byline-box'
  | 'copyright'
  | 'comments-widget'
  | 'page-navigation'

export interface Paragraph {
  /** Anchor id within the article, `p1`, `p2`, … in reading order, pinned to the text by check:data. */
  id: string
  n: number
  text: string
}

export interface DroppedLine {
  line: number
  text: string
  reason: DropReason
}

export interface PublicationDate {
  /** ISO date, as precise as the text allows. */
  iso: string
  /** How the date was read off the text (the seeds carry no datelines). */
  basis: string
}

/** What parsing a seed file yields: the headline, the news paragraphs and every other line with its reason. */
export interface ParsedText {
  headline: string
  paragraphs: Paragraph[]
  dropped: DroppedLine[]
}

export interface Article extends ParsedText {
  id: string
  outlet: string
  /** Who owns or funds the outlet, as plain facts about the outlet. */
  affiliation: string
  /** Two or three words for beside a citation, e.g. "US government-funded". */
  ownership: string
  /** The newsroom that wrote the text: corroboration counts newsrooms, not outlets. */
  newsroom: string
  /** Wire services whose material the text says it carries: reports citing them may not be independent. */
  wireMaterial: string[]
  provenanceNote?: string
  /** Earlier ids whose URLs redirect to this article. */
  aliases: string[]
  file: string
  date: PublicationDate
  credit: string
  /** Source-quality warning shown wherever the article is cited. */
  qualityNote?: string
}
