const singleQuotes = /[‘’‚‛′]/
const doubleQuotes = /[“”„‟″]/

const foldChar = (ch: string): string => (singleQuotes.test(ch) ? "'" : doubleQuotes.test(ch) ? '"' : ch)

/** Folds quote-mark style and whitespace so a quote can be matched against its paragraph. */
export const normaliseForMatch = (text: string): string =>
  text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()

const isSpace = (code: number) => code === 0x20 || code === 0xa0 || (code >= 0x09 && code <= 0x0d) || code === 0x2028 || code === 0x2029

interface Folded {
  folded: string
  /** For each folded character, the offset of the original character it came from. */
  origin: number[]
}

// Paragraphs are few and fixed; fold each once however many quotes cite it.
const foldedParagraphs = new Map<string, Folded>()

const foldWithOffsets = (haystack: string): Folded => {
  const known = foldedParagraphs.get(haystack)
  if (known) return known
  let folded = ''
  const origin: number[] = []
  for (let i = 0; i < haystack.length; i++) {
    const code = haystack.charCodeAt(i)
    if (isSpace(code)) {
      if (folded.endsWith(' ')) continue
      folded += ' '
    } else folded += foldChar(haystack[i]!)
    origin.push(i)
  }
  const result = { folded, origin }
  foldedParagraphs.set(haystack, result)
  return result
}

/**
 * Where `needle` stands in `haystack` modulo quote-mark style and runs of whitespace, as offsets into the
 * original `haystack`, so callers can show the outlet's own characters rather than the curator's typing.
 */
export const findVerbatim = (haystack: string, needle: string): { start: number; end: number } | undefined => {
  // Most curated text is typed exactly as the seed has it: no folding needed.
  const exact = needle.trim()
  const direct = exact ? haystack.indexOf(exact) : -1
  if (direct >= 0) return { start: direct, end: direct + exact.length }
  const { folded, origin } = foldWithOffsets(haystack)
  const target = normaliseForMatch(needle)
  const at = target ? folded.indexOf(target) : -1
  if (at < 0) return undefined
  const last = origin[at + target.length - 1]!
  return { start: origin[at]!, end: last + 1 }
}
