import type { Corpus } from '../../src/corpus/corpus'
import { findVerbatim, normaliseForMatch } from '../../src/curation/normalise'
import type { StatementKind } from '../../src/curation/types'

/** The sentence of `paragraph` that shares most words with `text`: what the curator probably meant to copy. */
export const closestSentence = (paragraph: string, text: string): string => {
  const words = (s: string) => new Set(normaliseForMatch(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  const wanted = words(text)
  // A sentence ends at . ! or ? (and a closing mark) before a capital or an opening mark, but not after an initial (U.S.).
  const sentences = paragraph.split(/(?<=(?<!\b\p{Lu})[.!?]["”’]?)\s+(?=["“‘\p{Lu}])/u)
  let best = paragraph
  let bestScore = -1
  for (const sentence of sentences) {
    const have = words(sentence)
    const score = [...wanted].filter((w) => have.has(w)).length / Math.max(have.size, 1) ** 0.25
    if (score > bestScore) [best, bestScore] = [sentence.trim(), score]
  }
  return best
}

/** Quotation marks of any style, folded; `'` only where it cannot be an apostrophe. */
const quoteMarksBefore = (text: string): number => {
  const folded = normaliseForMatch(text)
  return (folded.match(/"/g) ?? []).length
}

/** The outlet's characters for each segment, or what is wrong (and with which segment, for a list). */
export type ReportCheck = { segments: string[] } | { problem: string; segment?: number }

/**
 * Checks one report against the paragraph it cites: each segment verbatim (quote-mark style and spacing aside),
 * in order, not ending in the outlet's own punctuation, and for a quote inside one pair of quotation marks.
 * Returns the outlet's own characters for each segment.
 */
export const checkReport = (
  report: { article: string; paragraph: string; text: string | string[] },
  kind: StatementKind,
  corpus: Corpus,
): ReportCheck => {
  const article = corpus.article(report.article)
  if (!article) return { problem: `unknown article "${report.article}"; the story's articles are: ${corpus.articles.map((a) => a.id).join(', ')}` }
  const paragraph = corpus.paragraph(report.article, report.paragraph)
  const last = article.paragraphs.length
  if (!paragraph) return { problem: `${report.article} has no paragraph ${report.paragraph}; its paragraphs run p1 to p${last}` }
  const parts = typeof report.text === 'string' ? [report.text] : report.text
  const segments: string[] = []
  let from = 0
  for (const [i, part] of parts.entries()) {
    const which = typeof report.text === 'string' ? {} : { segment: i }
    const found = findVerbatim(paragraph.text.slice(from), part)
    if (!found) {
      const anywhere = findVerbatim(paragraph.text, part)
      if (anywhere) return { ...which, problem: `the parts of this quote are out of order in ${report.article}#${report.paragraph}: "${part}" comes earlier` }
      return {
        ...which,
        problem: `not verbatim in ${report.article}#${report.paragraph}: "${part}"; closest sentence there: "${closestSentence(paragraph.text, part)}"`,
      }
    }
    const start = from + found.start
    const end = from + found.end
    const needle = normaliseForMatch(part)
    // The comma before a closing quote mark belongs to the outlet's sentence ("…terms," he said), not the words.
    if (/[,;:]$/.test(needle))
      return { ...which, problem: `"${part}" ends in punctuation that belongs to the outlet's sentence: leave out the final "${needle.slice(-1)}"` }
    if (kind === 'quote') {
      // Inside one pair of quotation marks: an odd count of marks before it, none within.
      if (quoteMarksBefore(paragraph.text.slice(0, start)) % 2 === 0 || needle.includes('"'))
        return {
          ...which,
          problem: `"${part}" is not inside quotation marks in ${report.article}#${report.paragraph}: grade it paraphrase or characterisation, or copy only the quoted words`,
        }
    }
    segments.push(paragraph.text.slice(start, end))
    from = end
  }
  return { segments }
}
