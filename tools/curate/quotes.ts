/** A top-level quotation in a paragraph; nested quotes are part of it. Offsets index the paragraph text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number
  /** Offset just past the closing mark, or the paragraph's length when the quote is left open. */
  end: number
  innerStart: number
  innerEnd: number
  /** False when the paragraph ends inside the quote (a quote running on into the next paragraph). */
  closed: boolean
}

type Style = 'curly' | 'straight' | 'single' | 'straight-single' | 'guillemet' | 'single-guillemet' | 'low'

interface Open {
  style: Style
  at: number
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c)
// An opening mark follows a space, a bracket, a dash or another opening mark.
const opensAfter = (c: string | undefined) => c === undefined || /[\s([{—–\-/“‘"'«‹„]/.test(c)
// A closing mark precedes a space, punctuation or another closing mark.
const closesBefore = (c: string | undefined) => c === undefined || /[\s)\]}.,;:!?…—–\-”’"'»›]/.test(c)

const topIs = (stack: Open[], ...styles: Style[]) => {
  const top = stack[stack.length - 1]
  return top !== undefined && styles.includes(top.style)
}

/** Pops down to the innermost opener of one of the styles; a closer abandons quotes left open inside it. */
const popTo = (stack: Open[], ...styles: Style[]): Open | undefined => {
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i]
    if (entry && styles.includes(entry.style)) {
      stack.length = i
      return entry
    }
  }
  return undefined
}

type Action = { push: Style } | { pop: Style[] } | null

/** What one mark does, given its neighbours and the quotes open so far. */
const actionOf = (text: string, i: number, stack: Open[], ignored: Set<number>): Action => {
  if (ignored.has(i)) return null
  const c = text[i]
  const prev = text[i - 1]
  const next = text[i + 1]
  switch (c) {
    case '“':
      if (topIs(stack, 'low')) return { pop: ['low'] }
      // Some pages close with an opening mark (“…Charter.“): treat it as a closer where an opener cannot be.
      if (topIs(stack, 'curly') && !isSpace(prev) && closesBefore(next)) return { pop: ['curly'] }
      return { push: 'curly' }
    case '”':
      if (stack.some((o) => o.style === 'curly' || o.style === 'low')) return { pop: ['curly', 'low'] }
      if (opensAfter(prev) && isLetter(next)) return { push: 'curly' }
      return null
    case '"':
      if (topIs(stack, 'straight') && (!isSpace(prev) || closesBefore(next))) return { pop: ['straight'] }
      if (stack.some((o) => o.style === 'straight') && closesBefore(next)) return { pop: ['straight'] }
      if (opensAfter(prev) && !isSpace(next)) return { push: 'straight' }
      return null
    case '‘':
      if (opensAfter(prev) && !isSpace(next)) return { push: 'single' }
      return null
    case '’':
      if (stack.some((o) => o.style === 'single') && !isLetter(next) && !isSpace(prev)) return { pop: ['single'] }
      return null
    case "'":
      if (stack.some((o) => o.style === 'straight-single') && !isLetter(next) && !isSpace(prev))
        return { pop: ['straight-single'] }
      if (opensAfter(prev) && isLetter(next)) return { push: 'straight-single' }
      return null
    case '«':
      return { push: 'guillemet' }
    case '»':
      return stack.some((o) => o.style === 'guillemet') ? { pop: ['guillemet'] } : null
    case '‹':
      return { push: 'single-guillemet' }
    case '›':
      return stack.some((o) => o.style === 'single-guillemet') ? { pop: ['single-guillemet'] } : null
    case '„':
      return { push: 'low' }
    default:
      return null
  }
}

const isSingle = (style: Style) => style === 'single' || style === 'straight-single' || style === 'single-guillemet'

const scan = (text: string, ignored: Set<number>): { spans: QuoteSpan[]; unclosed: Open | undefined } => {
  const spans: QuoteSpan[] = []
  const stack: Open[] = []
  for (let i = 0; i < text.length; i++) {
    const action = actionOf(text, i, stack, ignored)
    if (action === null) continue
    if ('push' in action) {
      stack.push({ style: action.push, at: i })
      continue
    }
    const opener = popTo(stack, ...action.pop)
    if (opener && stack.length === 0) spans.push({ start: opener.at, end: i + 1, innerStart: opener.at + 1, innerEnd: i, closed: true })
  }
  return { spans, unclosed: stack[0] }
}

/**
 * Finds the top-level quotations of a paragraph in any mark style (curly, straight, British single,
 * guillemets, German low-high). A paragraph ending inside a double quote yields an open span to its end.
 */
export const findQuotes = (text: string): QuoteSpan[] => {
  const ignored = new Set<number>()
  // A single opener that never closes is an apostrophe or a stray mark: forget it and scan again.
  for (let attempt = 0; attempt < 20; attempt++) {
    const { spans, unclosed } = scan(text, ignored)
    if (unclosed === undefined) return spans
    if (isSingle(unclosed.style)) {
      ignored.add(unclosed.at)
      continue
    }
    const innerEnd = text.trimEnd().length
    return [...spans, { start: unclosed.at, end: text.length, innerStart: unclosed.at + 1, innerEnd, closed: false }]
  }
  return scan(text, ignored).spans
}

const OPENING_MARKS = /^[“"‘'«‹„”]/

/** Whether a paragraph opens with a quotation mark: the convention for continuing the previous paragraph's quote. */
export const opensWithQuote = (text: string) => OPENING_MARKS.test(text.trimStart())

/** Replaces every quoted stretch by a neutral letter, keeping offsets, so punctuation inside quotes is not read as the sentence's. */
export const maskQuotes = (text: string, spans: QuoteSpan[]): string => {
  let out = text
  for (const s of spans) out = out.slice(0, s.start) + 'Q'.repeat(s.end - s.start) + out.slice(s.end)
  return out
}
