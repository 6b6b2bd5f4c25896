import { FRAMING_VERBS, SPEECH_VERBS } from './lexicon'
import { maskQuotes, type QuoteSpan } from './quotes'
import { sentenceAt, sentenceStarts } from './sentences'
import { parseSpeakerPhrase, type Mention, type SpeakerContext } from './speakers'
import type { Cue } from './types'

/** A paragraph prepared for reading attributions: its quotes, the text with quotes masked, its sentences. */
export interface ParagraphView {
  text: string
  spans: QuoteSpan[]
  masked: string
  starts: number[]
}

export const viewOf = (text: string, spans: QuoteSpan[]): ParagraphView => {
  const masked = maskQuotes(text, spans)
  return { text, spans, masked, starts: sentenceStarts(text, masked, spans) }
}

/** What a quote's attribution rests on: who (as written), the cue, how strong it is, and the clause a date may sit in. */
export interface Attribution {
  mention: Mention
  cue: Cue
  strength: number
  /** The attribution clause, outside the quote: where "said Monday" would be. */
  zone: string
}

const wordsRe = (set: Set<string>) => new RegExp(`(?<![\\p{L}])(${[...set].join('|')})(?![\\p{L}])`, 'gu')
const SPEECH = wordsRe(SPEECH_VERBS)
const FRAMING = wordsRe(FRAMING_VERBS)
const isParticiple = (verb: string) => verb.endsWith('ing')

const matchesOf = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags))]

/** The clause before a verb, tried from the nearest comma outwards; a named person wins over a description. */
const speakerBefore = (text: string, verbAt: number, ctx: SpeakerContext): Mention | null => {
  const head = text.slice(0, verbAt)
  const cuts = [...head.matchAll(/[,;:—(]\s*/g)].map((m) => (m.index ?? 0) + m[0].length).reverse()
  const candidates = [...cuts.slice(0, 3), 0].map((c) => head.slice(c))
  const parsed = candidates.map((c) => parseSpeakerPhrase(c, ctx)).filter((m): m is Mention => m !== null)
  const found = parsed.find((m) => m.kind === 'person' || m.kind === 'organisation') ?? parsed[0]
  if (found) return found
  // "X hailed … and said …": a coordinated verb shares the sentence's subject.
  if (/\band\s+(?:also\s+)?$/.test(head)) return sentenceSubject(head, ctx)
  // "during which Putin declared": the speaker is the few words right before the verb.
  const words = (candidates[0] ?? '').trim().split(/\s+/)
  for (let n = Math.min(words.length, 6); n >= 1; n--) {
    const m = parseSpeakerPhrase(words.slice(-n).join(' '), ctx)
    if (m && m.kind !== 'description') return m
  }
  return null
}

/** The subject of a sentence: the first clause that reads as a speaker ("Blinken also denounced …, saying"). */
export const sentenceSubject = (sentence: string, ctx: SpeakerContext): Mention | null => {
  for (const part of sentence.split(/,\s*/).slice(0, 4)) {
    const lead = /^((?:[\p{Lu}][\p{L}'’.\-]*|of|the|and|for|[\p{Ll}-]+(?=\s+\p{Lu}))(?:\s+|$))+/u.exec(part.trim())?.[0]
    const m = lead ? parseSpeakerPhrase(lead, ctx) : null
    if (m) return m
  }
  return null
}

/** Who a participle ("…, saying", "noting that") reports: the speaker of an earlier verb in the sentence, else its subject. */
export const participleSubject = (head: string, ctx: SpeakerContext): Mention | null => {
  const verbs = [...matchesOf(SPEECH, head), ...matchesOf(FRAMING, head)].filter((v) => !isParticiple(v[0]))
  verbs.sort((a, b) => (b.index ?? 0) - (a.index ?? 0))
  for (const v of verbs) {
    const m = v.index === undefined ? null : speakerBefore(head, v.index, ctx)
    if (m) return m
  }
  return sentenceSubject(head, ctx)
}

/** A speaker named after the verb: "said Vita Spivak, non-resident scholar at …". */
const speakerAfterVerb = (rest: string, ctx: SpeakerContext): Mention | null => {
  const clause = rest.replace(/[.;!?]\s*$/, '')
  const whole = parseSpeakerPhrase(clause, ctx)
  if (whole && whole.kind === 'person') return whole
  const words = clause.split(/\s+/)
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    const m = parseSpeakerPhrase(words.slice(0, n).join(' '), ctx)
    if (m && (m.kind === 'person' || m.kind === 'organisation' || m.kind === 'pronoun')) return m
  }
  return null
}

const nextQuoteStart = (view: ParagraphView, span: QuoteSpan) =>
  view.spans.find((s) => s.start >= span.end)?.start ?? view.text.length

/** "…,” Kirby said." / "…,” said Kirby." / "…,” according to Kirby." */
const saidAfter = (view: ParagraphView, span: QuoteSpan, ctx: SpeakerContext): Attribution | null => {
  if (!span.closed) return null
  const [, sentenceEnd] = sentenceAt(view.starts, view.text.length, span.end + 1)
  const after = view.text.slice(span.end, Math.min(nextQuoteStart(view, span), Math.max(sentenceEnd, span.end)))
  const inner = view.text.slice(span.innerStart, span.innerEnd).trimEnd()
  const joined = /^\s*[,—–]/.test(after) || /[,—–\-…?!]$/.test(inner)
  const body = after.replace(/^\s*[,—–]?\s*/, '')
  const verb = matchesOf(SPEECH, body)[0]
  if (verb && verb.index !== undefined) {
    const before = body.slice(0, verb.index)
    const mention = before.trim()
      ? parseSpeakerPhrase(before, ctx)
      : speakerAfterVerb(body.slice(verb.index + verb[0].length), ctx)
    if (mention && !(mention.kind === 'pronoun' && !joined)) {
      return { mention, cue: 'said-after', strength: joined ? 0.95 : 0.7, zone: after }
    }
  }
  const according = /^according to\s+(.+?)[.;]?\s*$/i.exec(body)
  const source = according?.[1] ? parseSpeakerPhrase(according[1], ctx) : null
  if (source && joined) return { mention: source, cue: 'according-to', strength: 0.75, zone: after }
  return null
}

/** "Kirby said, “…”" / "Kirby said: “…”" / "Putin said Russia was “slightly envious”". */
const saidBefore = (view: ParagraphView, span: QuoteSpan, ctx: SpeakerContext): Attribution | null => {
  const [sentenceStart] = sentenceAt(view.starts, view.text.length, span.start)
  const maskedBefore = view.masked.slice(sentenceStart, span.start)
  const before = view.text.slice(sentenceStart, span.start)
  const colon = /:\s*$/.test(before)
  const comma = /,\s*$/.test(before)
  const speech = matchesOf(SPEECH, maskedBefore)
  const framing = matchesOf(FRAMING, maskedBefore)
  const verb = speech[speech.length - 1]
  if (verb && verb.index !== undefined) {
    const mention = isParticiple(verb[0])
      ? participleSubject(maskedBefore.slice(0, verb.index), ctx)
      : speakerBefore(maskedBefore, verb.index, ctx)
    if (mention) {
      const cue: Cue = colon ? 'colon-intro' : 'said-before'
      return { mention, cue, strength: colon || comma ? 0.9 : 0.75, zone: before }
    }
  }
  const according = /according to\s+([^,]+),\s*$/i.exec(maskedBefore)
  const source = according?.[1] ? parseSpeakerPhrase(according[1], ctx) : null
  if (source) return { mention: source, cue: 'according-to', strength: 0.7, zone: before }
  const frame = framing[framing.length - 1]
  if (frame && frame.index !== undefined) {
    const mention = isParticiple(frame[0])
      ? participleSubject(maskedBefore.slice(0, frame.index), ctx)
      : speakerBefore(maskedBefore, frame.index, ctx)
    if (mention) return { mention, cue: 'sentence-subject', strength: 0.6, zone: before }
  }
  if (colon) {
    const mention = parseSpeakerPhrase(maskedBefore.replace(/:\s*$/, ''), ctx)
    if (mention) return { mention, cue: 'colon-intro', strength: 0.7, zone: before }
  }
  // "Kirby … tore into Xi for flying “…”": the sentence's named subject, weakly.
  const subject = maskedBefore.trim() ? sentenceSubject(maskedBefore, ctx) : null
  if (subject && (subject.kind === 'person' || subject.kind === 'organisation'))
    return { mention: subject, cue: 'sentence-subject', strength: 0.5, zone: before }
  return null
}

/** The attribution a quote's own sentence gives it, if any. */
export const attributeQuote = (view: ParagraphView, span: QuoteSpan, ctx: SpeakerContext): Attribution | null =>
  saidAfter(view, span, ctx) ?? saidBefore(view, span, ctx)

/** Whether the words between two quotes of a sentence are only an attribution ("…,” Kirby added, “…"). */
export const isInterruption = (view: ParagraphView, a: QuoteSpan, b: QuoteSpan, ctx: SpeakerContext): boolean => {
  const between = view.text.slice(a.end, b.start)
  if (!/^\s*,/.test(between) && !/[,—–]$/.test(view.text.slice(a.innerStart, a.innerEnd).trimEnd())) return false
  if (!/[,:—–]\s*$/.test(between)) return false
  const body = between.replace(/^\s*[,—–]?\s*/, '').replace(/[,:—–]\s*$/, '')
  const verb = matchesOf(SPEECH, body)[0]
  if (!verb || verb.index === undefined) return false
  const who = body.slice(0, verb.index).trim() || body.slice(verb.index + verb[0].length).trim()
  return parseSpeakerPhrase(who, ctx) !== null || who === ''
}

export { SPEECH, FRAMING, matchesOf, speakerBefore, isParticiple }
