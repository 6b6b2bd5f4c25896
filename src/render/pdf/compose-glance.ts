import type { FactStatement } from '../../factsheet/model'
import { kindLabels, printedWording } from '../../vocabulary'
import type { StanceId } from '../../curation/types'
import { plural } from '../plural'
import { spaceAfter, span, textRows, type ComposeContext, type Row, type TextBox } from './blocks'
import { stanceRows } from './compose-stance'
import { cautionOf, refSpans } from './compose-statement'
import type { Span } from './layout'
import { leading, styles } from './theme'

/**
 * How much of the front page's table to print. The first that fits one page wins: the reading note moves to page 2,
 * then the table goes to small type, then each row takes the actor's shortest complete statement, and only then do
 * statements shorten, a line at a time with an ellipsis, down to none (the attribution stays).
 */
export interface Glance {
  note: boolean
  /** Smaller type for the lead and the table, and no statement counts. */
  compact: boolean
  /** Each row's shortest complete statement rather than its most telling one (see mostTellingStatement). */
  shortest: boolean
  /** Most lines of a statement's wording; undefined for all of it. */
  quoteLines: number | undefined
}

const tight = { note: false, compact: true, shortest: true } as const

export const glances: readonly Glance[] = [
  { note: true, compact: false, shortest: false, quoteLines: undefined },
  { note: false, compact: false, shortest: false, quoteLines: undefined },
  { note: false, compact: true, shortest: false, quoteLines: undefined },
  { ...tight, quoteLines: undefined },
  { ...tight, quoteLines: 3 },
  { ...tight, quoteLines: 2 },
  { ...tight, quoteLines: 1 },
  { ...tight, quoteLines: 0 },
]

/** The front-page table's type: body size, or small in the compact form. */
export const glanceType = (g: Glance) =>
  g.compact
    ? { head: styles.smallBold, text: styles.smallText, quote: styles.smallQuote, leading: leading.small }
    : { head: styles.bodyBold, text: styles.body, quote: styles.quote, leading: leading.body }

const ellipsis = ' …'

/** The longest run of the text's first words, ended by an ellipsis, that sets in at most `lines` lines. */
const shortened = (text: string, lines: number, fits: (text: string) => number): string => {
  if (fits(text) <= lines) return text
  const words = text.split(' ')
  let lo = 0
  let hi = words.length - 1
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (fits(words.slice(0, mid).join(' ') + ellipsis) <= lines) lo = mid
    else hi = mid - 1
  }
  return words.slice(0, lo).join(' ') + ellipsis
}

/**
 * A statement as one cell of a front-page table: its first wording (linked to `destOf(s)`, the statement in the full
 * record, and shortened with an ellipsis when the page needs it), then speaker, role, outlet and source number, and
 * the source's caution where it has one (page 1 alone must not pass off a garbled text as clean).
 */
export const tellingCell = (s: FactStatement | undefined, destOf: (s: FactStatement) => string, box: TextBox, glance: Glance, ctx: ComposeContext): Row[] => {
  const first = s?.wordings[0]
  const type = glanceType(glance)
  if (!s || !first) return textRows([span('—', type.text)], box, ctx.measure)
  const style = first.kind === 'quote' ? type.quote : type.text
  const label: Span[] = first.kind === 'quote' ? [] : [span(`${kindLabels[first.kind]}: `, styles.label)]
  const link = { dest: destOf(s) }
  const wordingOf = (text: string) => [...label, span(printedWording(first.kind, text), style, link)]
  const lines = (text: string) => textRows(wordingOf(text), box, ctx.measure).length
  const max = glance.quoteLines
  const wording =
    max === 0 ? [] : textRows(wordingOf(max === undefined ? first.text : shortened(first.text, max, lines)), box, ctx.measure)
  const by: Span[] = [
    span(s.speaker.name, styles.smallBold),
    span(`, ${s.speaker.role} · ${first.source.outlet} `, styles.small),
    ...refSpans([first.source.n], ctx),
  ]
  const caution = cautionOf(first.source)
  const small = { ...box, leading: leading.small }
  return [
    ...spaceAfter(wording),
    ...textRows(by, small, ctx.measure),
    ...(caution ? textRows([span(caution, styles.warning)], small, ctx.measure) : []),
  ]
}

/** `3 statements`, or that there are none. */
const statementCount = (n: number) => (n > 0 ? plural(n, 'statement') : 'no statements')

/** A row's stance cell: mark and label with its basis, then (unless compact) how many statements stand behind it. */
export const stanceCell = (stance: StanceId, label: string, statements: number, box: TextBox, glance: Glance, ctx: ComposeContext): Row[] => [
  ...spaceAfter(stanceRows(stance, label, box, glanceType(glance).head, ctx.measure)),
  ...(glance.compact ? [] : textRows([span(statementCount(statements), styles.small)], { ...box, leading: leading.small }, ctx.measure)),
]
