import { commonBoilerplate, type BoilerplateRule } from './boilerplate'
import type { Article, DroppedLine, Paragraph, PublicationDate } from './types'

/** What a curator states about a seed file that its text alone cannot tell. */
export interface ArticleMeta {
  id: string
  file: string
  outlet: string
  affiliation: string
  ownership: string
  newsroom: string
  date: PublicationDate
  /** Who the page credits for the report: a whole line of its own, or the dateline that opens the lede. */
  credit: { text: string; from: 'line' | 'lede' }
  qualityNote?: string
  /** Furniture peculiar to this page (photo captions, byline boxes, subheads), matched on the whole trimmed line. */
  furniture: { reason: BoilerplateRule['reason']; lines: string[] }[]
}

/** Why a video title is dropped: the line right after it is the player's "please wait". */
const isVideoTitle = (lines: string[], i: number) => lines[i + 1] === 'please wait'

/** Splits a seed file into the headline, news paragraphs and every dropped line with its reason. */
export const parseArticle = (raw: string, meta: ArticleMeta): Article => {
  const rules: BoilerplateRule[] = [
    ...commonBoilerplate,
    ...meta.furniture.map(({ reason, lines }) => ({ reason, test: (line: string) => lines.includes(line) })),
    { reason: 'credit', test: (line) => meta.credit.from === 'line' && line === meta.credit.text },
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

  if (headline === undefined) throw new Error(`Seed ${meta.file} has no headline line: check its furniture rules.`)
  const creditFound =
    meta.credit.from === 'line' ? texts.includes(meta.credit.text) : paragraphs[0]?.text.startsWith(meta.credit.text)
  if (!creditFound) throw new Error(`Seed ${meta.file} lacks its credit "${meta.credit.text}" (${meta.credit.from}).`)
  for (const { lines: own } of meta.furniture)
    for (const l of own)
      if (!texts.includes(l)) throw new Error(`Seed ${meta.file} has no line "${l}": its furniture list is stale.`)

  const { id, file, outlet, affiliation, ownership, newsroom, date, qualityNote } = meta
  return { id, file, outlet, affiliation, ownership, newsroom, date, credit: meta.credit.text, ...(qualityNote ? { qualityNote } : {}), headline, paragraphs, dropped }
}
