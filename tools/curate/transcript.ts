/** A transcript or Q&A line: `Name: “…”`, `Q: …`, `A: …`. */
export interface TranscriptLine {
  label: string
  role: 'question' | 'answer' | 'named'
  /** Offset where the spoken words start. */
  start: number
}

const NOT_SPEAKERS = /^(note|update|editor['’]?s note|correction|watch|read|related|photo|video|source|sources|background|warning|disclaimer|see also|live|breaking|exclusive|analysis|opinion)$/i
const FUNCTION_WORD = /^(the|a|an|in|on|at|for|by|with|and|but|or|as|after|before|while|when|meanwhile|however|this|that|his|her|their|its)$/i

/** Reads a paragraph as a transcript line, if its opening is a speaker label followed by a colon. */
export const transcriptLine = (text: string): TranscriptLine | null => {
  const m = /^((?:[\p{Lu}][\p{L}'’.\-]*)(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,3})\s*:\s+(?=\S)/u.exec(text)
  if (!m) return null
  const label = m[1] ?? ''
  const role = /^(Q|QUESTION|Question)$/.test(label) ? 'question' : /^(A|ANSWER|Answer)$/.test(label) ? 'answer' : 'named'
  if (role === 'named' && (NOT_SPEAKERS.test(label) || FUNCTION_WORD.test(label.split(/\s+/)[0] ?? ''))) return null
  return { label, role, start: m[0].length }
}

/** An all-capitals label ("MR. KIRBY") in the case names are written in elsewhere ("Mr. Kirby"). */
export const labelAsName = (label: string) =>
  label === label.toUpperCase() ? label.toLowerCase().replace(/(^|[\s\-.'’])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()) : label
