const singleQuotes = /[‘’‚‛′]/
const doubleQuotes = /[“”„‟″]/
const space = /[\s\u00a0]/

const foldChar = (ch: string): string => (singleQuotes.test(ch) ? "'" : doubleQuotes.test(ch) ? '"' : ch)

/** Folds quote-mark style and whitespace so a quote can be matched against its paragraph. */
export const normaliseForMatch = (text: string): string =>
  text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()

/**
 * Where `needle` stands in `haystack` modulo quote-mark style and runs of whitespace, as offsets into the
 * original `haystack`, so callers can show the outlet's own characters rather than the curator's typing.
 */
export const findVerbatim = (haystack: string, needle: string): { start: number; end: number } | undefined => {
  // Fold the haystack, remembering which original offset each folded character came from.
  let folded = ''
  const origin: number[] = []
  for (let i = 0; i < haystack.length; i++) {
    const ch = haystack[i]!
    if (space.test(ch)) {
      if (folded.endsWith(' ')) continue
      folded += ' '
    } else folded += foldChar(ch)
    origin.push(i)
  }
  const target = normaliseForMatch(needle)
  const at = target ? folded.indexOf(target) : -1
  if (at < 0) return undefined
  const last = origin[at + target.length - 1]!
  return { start: origin[at]!, end: last + 1 }
}
