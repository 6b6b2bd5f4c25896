import { matchesOf, SPEECH, isParticiple, sentenceSubject, speakerBefore, type ParagraphView } from './attribution'
import { SPEECH_VERBS } from './lexicon'
import { parseSpeakerPhrase, type Mention, type SpeakerContext } from './speakers'
import type { Cue } from './types'

/** Reported speech found in one sentence: who, on what cue, and the reported words as [start, end) ranges. */
export interface ReportedSpeech {
  mention: Mention
  cue: Cue
  strength: number
  zone: string
  ranges: [number, number][]
}

// Words that can open a reported clause right after "said" ("said he viewed", "said the talks").
const NOT_A_CLAUSE = /^(on|in|at|to|for|during|after|before|with|from|by|of|about|over|earlier|later|also|again|repeatedly|recently|publicly|privately|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|this|reporters|journalists|so|as|it|Q)\b/iu

/** Trims a range to its words: no surrounding spaces, no closing full stop or comma. */
const trimRange = (text: string, start: number, end: number): [number, number] => {
  while (start < end && /[\s,;:—–]/.test(text[start] ?? '')) start++
  while (end > start && /[\s.,;:—–]/.test(text[end - 1] ?? '')) end--
  return [start, end]
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length

/** "…, Kirby said." */
const trailing = (masked: string, ctx: SpeakerContext): Omit<ReportedSpeech, 'ranges'> & { range: [number, number] } | null => {
  const m = /,\s+([^,]{1,90}?)\s+((?:has |have |had )?(\p{L}+))((?:\s+\S+){0,5})[.!?]?\s*$/u.exec(masked)
  if (!m || m.index === undefined || !SPEECH_VERBS.has(m[3] ?? '') || /\bthat\b/.test(m[4] ?? '')) return null
  if (/Q{2,}/.test(masked.slice(0, m.index))) return null
  const mention = parseSpeakerPhrase(m[1] ?? '', ctx)
  if (!mention) return null
  return { mention, cue: 'said-after', strength: 0.7, zone: m[0], range: [0, m.index] }
}

/** "A ceasefire, U.S. officials have said, would also …" */
const inverted = (masked: string, ctx: SpeakerContext): ReportedSpeech | null => {
  const m = /^(.{3,}?),\s+([^,]{1,60}?)\s+(?:have |has |had )?(\p{L}+),\s+(.{3,})$/u.exec(masked)
  if (!m || !SPEECH_VERBS.has(m[3] ?? '')) return null
  const mention = parseSpeakerPhrase(m[2] ?? '', ctx)
  if (!mention) return null
  const secondStart = masked.length - (m[4]?.length ?? 0)
  const second = m[4] ?? ''
  if (/Q{2,}/.test(m[1] ?? '')) return null
  if (/^\p{L}+ing\b/u.test(second) || /Q{2,}/.test(second))
    return { mention, cue: 'said-after', strength: 0.65, zone: m[2] ?? '', ranges: [[0, (m[1] ?? '').length]] }
  return {
    mention,
    cue: 'said-after',
    strength: 0.65,
    zone: m[2] ?? '',
    ranges: [[0, (m[1] ?? '').length], [secondStart, masked.length]],
  }
}

/** "X said (that) …", "X told reporters … that …", "…, saying (that) …". */
const leading = (masked: string, ctx: SpeakerContext): ReportedSpeech | null => {
  for (const verb of matchesOf(SPEECH, masked)) {
    if (verb.index === undefined) continue
    const mention = isParticiple(verb[0]) ? sentenceSubject(masked.slice(0, verb.index), ctx) : speakerBefore(masked, verb.index, ctx)
    if (!mention) continue
    const afterVerb = verb.index + verb[0].length
    const rest = masked.slice(afterVerb)
    const thats = [...rest.matchAll(/\bthat\s+(?!day|morning|week|evening|night)/g)].filter((t) => words(rest.slice(0, t.index)) <= 8)
    const firstThat = thats[0]
    const telling = /^tell|^told/.test(verb[0])
    let start: number | null = null
    if (/^\s*that\s/.test(rest) && firstThat?.index !== undefined) start = afterVerb + firstThat.index + firstThat[0].length
    else if (!telling && !NOT_A_CLAUSE.test(rest.trimStart())) start = afterVerb
    else if (firstThat?.index !== undefined) start = afterVerb + firstThat.index + firstThat[0].length
    if (start === null) continue
    // A clause holding a quotation is listed through its quotation, not as reported speech.
    if (/Q{2,}/.test(masked.slice(start))) continue
    return { mention, cue: 'said-before', strength: 0.7, zone: masked.slice(0, start), ranges: [[start, masked.length]] }
  }
  return null
}

/** "…, according to the Kremlin." / "According to Kirby, …" */
const according = (masked: string, ctx: SpeakerContext): ReportedSpeech | null => {
  const m = /(^|,\s*)according to\s+([^,.]+?)(?=[,.]|$)[,.]?/i.exec(masked)
  if (!m || m.index === undefined) return null
  const mention = parseSpeakerPhrase(m[2] ?? '', ctx)
  if (!mention || mention.kind === 'description' || /Q{2,}/.test(masked)) return null
  const ranges: [number, number][] = m.index === 0 ? [[m[0].length, masked.length]] : [[0, m.index]]
  return { mention, cue: 'according-to', strength: 0.6, zone: m[0], ranges }
}

/** Reported speech in a sentence [start, end) of a paragraph, or null. Ranges are paragraph offsets. */
export const reportedSpeech = (view: ParagraphView, start: number, end: number, ctx: SpeakerContext): ReportedSpeech | null => {
  const masked = view.masked.slice(start, end)
  const t = trailing(masked, ctx)
  const found: ReportedSpeech | null =
    according(masked, ctx) ?? (t ? { ...t, ranges: [t.range] } : null) ?? inverted(masked, ctx) ?? leading(masked, ctx)
  if (!found) return null
  const ranges = found.ranges
    .map(([a, b]) => trimRange(view.text, start + a, start + b))
    .filter(([a, b]) => words(view.text.slice(a, b)) >= 3)
  return ranges.length ? { ...found, ranges } : null
}
