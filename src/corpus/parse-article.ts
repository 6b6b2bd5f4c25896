import { commonBoilerplate, type BoilerplateRule } from './boilerplate'
import type { DroppedLine, Paragraph, ParsedText } from './types'

/** What a curator states about a seed file that its text alone cannot tell. */
export interface ParseRules {
  file: string
  /** Who the page credits for the report: a whole line of its own, or the dateline that opens the lede. */
  credit: { text: string; from: 'line' | 'lede' }
  /** Furniture peculiar to this page (photo captions, byline boxes, subheads), matched on the whole trimmed line. */
  furniture: { reason: BoilerplateRule['reason']; lines: string[] }[]
}

/** Why a video title is dropped: the line right after it is the player's "please wait". */
const isVideoTitle = (lines: string[], i: number) => lines[i + 1] === 'please wait'

/** A seed file whose text does not match what its metadata says; the message says what to fix. */
export class SeedMismatchError extends Error {
  override name = 'SeedMismatchError'
}

/** Splits a seed file into the headline, news paragraphs and every dropped line with its reason. */
export const parseArticle = (raw: string, meta: ParseRules): ParsedText => {
  // The credit first, so a credit line that also reads as a byline keeps its reason.
  const rules: BoilerplateRule[] = [
    { reason: 'credit', test: (line) => meta.credit.from === 'line' && line === meta.credit.text },
    ...commonBoilerplate,
    ...meta.furniture.map(({ reason, lines }) => ({ reason, test: (line: string) => lines.includes(line) })),
  ]
  const lines = raw.split(/\r?\n/).map((line) => line.replace(/^[\s•]+/, '').trimEnd())
  const nonEmpty = lines.flatMap((text, i) => (text ? [{ text, line: i + 1 }] : []))
  const texts = nonEmpty.map((l) => l.text)

  const seen = new Set<string>()
  const paragraphs: Paragraph[] = []
  const dropped: DroppedLine[] = []
  let headline: string | undefined

  nonEmpty.forEach(({ text, line }, i) => {
    const drop = (reason: DroppedLine['reason']) => dropped.push({ line, text, reason })
    const rule = rules.find((r) => r.test(text))
    if (rule) drop(rule.reason)
    else if (seen.has(text)) drop('duplicate')
    // A line printed twice in a row after the headline is a photo caption and its copy (alt text, then caption).
    else if (headline !== undefined && texts[i + 1] === text) drop('photo-caption')
    else if (isVideoTitle(texts, i)) drop('video-player')
    else if (headline === undefined) {
      headline = text
      drop('headline')
    } else {
      const n = paragraphs.length + 1
      paragraphs.push({ id: `p${n}`, n, text })
    }
    seen.add(text)
  })

  if (headline === undefined) throw new SeedMismatchError(`${meta.file} has no headline line: check its furniture rules.`)
  const creditFound =
    meta.credit.from === 'line' ? texts.includes(meta.credit.text) : paragraphs[0]?.text.startsWith(meta.credit.text)
  if (!creditFound)
    throw new SeedMismatchError(
      `${meta.file} lacks its credit "${meta.credit.text}" ${meta.credit.from === 'line' ? 'as a line of its own' : 'at the start of the first paragraph'}.`,
    )
  for (const { lines: own } of meta.furniture)
    for (const l of own)
      if (!texts.includes(l)) throw new SeedMismatchError(`${meta.file} has no line "${l}": its furniture list is stale.`)

  return { headline, paragraphs, dropped }
}
