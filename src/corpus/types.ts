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
  /** Stable anchor id within the article: `p1`, `p2`, ... in reading order. */
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

export interface Article {
  id: string
  outlet: string
  /** Who owns or funds the outlet, as plain facts about the outlet. */
  affiliation: string
  /** Two or three words for beside a citation, e.g. "US government-funded". */
  ownership: string
  /** The newsroom that wrote the text: a republished wire story counts as the wire's, once. */
  newsroom: string
  file: string
  headline: string
  date: PublicationDate
  credit: string
  /** Source-quality warning shown wherever the article is cited. */
  qualityNote?: string
  paragraphs: Paragraph[]
  dropped: DroppedLine[]
}
