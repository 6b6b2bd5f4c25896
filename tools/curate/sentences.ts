import type { QuoteSpan } from './quotes'

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen sen rep gov lt col capt sgt jr sr inc co corp ltd vs etc no jan feb mar apr aug sept sep oct nov dec prof rev adm maj cmdr pres amb'.split(
    ' ',
  ),
)

const isAbbreviation = (text: string, dot: number) => {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? ''
  if (/^(\p{L}\.)*\p{L}$/u.test(word)) return true // U.S, U.N, a.m: single letters joined by dots
  return ABBREVIATIONS.has(word.toLowerCase())
}

/**
 * Sentence start offsets of a paragraph. Punctuation inside quotes is ignored (the text is read masked),
 * except that a quote ending in . ! or ? followed by a capital ends its sentence.
 */
export const sentenceStarts = (text: string, masked: string, spans: QuoteSpan[]): number[] => {
  const starts = [0]
  const re = /[.!?…]+["”’»)]*\s+(?=[\p{Lu}\p{N}“"‘«(Q])/gu
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    if (m[0].startsWith('.') && m[0].length <= 2 && isAbbreviation(masked, m.index)) continue
    starts.push(m.index + m[0].length)
  }
  for (const s of spans) {
    const inner = text.slice(s.innerStart, s.innerEnd).trimEnd()
    const after = /^\s+(?=[\p{Lu}“"‘«])/u.exec(text.slice(s.end))
    if (s.closed && /[.!?…]$/.test(inner) && after) starts.push(s.end + after[0].length)
  }
  return [...new Set(starts)].sort((a, b) => a - b)
}

/** The sentence [start, end) holding an offset. */
export const sentenceAt = (starts: number[], length: number, offset: number): [number, number] => {
  let start = 0
  let end = length
  for (const s of starts) {
    if (s <= offset) start = s
    else {
      end = s
      break
    }
  }
  return [start, end]
}
