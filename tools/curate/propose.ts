import { attributeQuote, isInterruption, matchesOf, SPEECH, viewOf, type Attribution, type ParagraphView } from './attribution'
import { resolveDate } from './dates'
import { reportedSpeech } from './paraphrase'
import { peopleOf } from './people'
import { findQuotes, opensWithQuote, type QuoteSpan } from './quotes'
import { actorOf, isKnownPerson, isRegisteredOrganisation, roleActor, type Register } from './register'
import { sentenceAt } from './sentences'
import { parseSpeakerPhrase, resolveMention, type Mention, type Salience, type SpeakerContext } from './speakers'
import { labelAsName, transcriptLine } from './transcript'
import type { ArticleText, Cue, NewSpeaker, Proposal, Speaker, StatementKind } from './types'

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length

/** The quoted words of a span, without a trailing comma the attribution owns. */
const segmentOf = (text: string, span: QuoteSpan) => {
  let end = span.innerEnd
  while (end > span.innerStart && /[\s,]/.test(text[end - 1] ?? '')) end--
  let start = span.innerStart
  while (start < end && /\s/.test(text[start] ?? '')) start++
  return text.slice(start, end)
}

/** Groups a paragraph's quotes into statements: an interrupted quote ("…,” Kirby added, “…”) is one. */
const statementsOf = (view: ParagraphView, ctx: SpeakerContext): QuoteSpan[][] => {
  const groups: QuoteSpan[][] = []
  for (const span of view.spans) {
    const group = groups[groups.length - 1]
    const last = group?.[group.length - 1]
    if (group && last && continuesStatement(view, last, span, ctx)) group.push(span)
    else groups.push([span])
  }
  return groups
}

const isFragment = (view: ParagraphView, span: QuoteSpan) => wordCount(segmentOf(view.text, span)) <= 3

/**
 * Whether quote b carries on quote a's statement: the words between them are only a's attribution
 * ("…,” Xi said. “…"), or both sit in one sentence with nothing reported between them.
 */
const continuesStatement = (view: ParagraphView, a: QuoteSpan, b: QuoteSpan, ctx: SpeakerContext): boolean => {
  if (isFragment(view, a) || isFragment(view, b) || !a.closed) return false
  if (isInterruption(view, a, b, ctx)) return true
  const between = view.text.slice(a.end, b.start)
  const [sentenceOfB] = sentenceAt(view.starts, view.text.length, b.start)
  if (sentenceOfB <= a.start) return !SPEECH_IN.test(between) && !/[:]\s*$/.test(between)
  if (sentenceOfB !== b.start) return false
  const body = between.replace(/^\s*[,—–]?\s*/, '').replace(/[.,]\s*$/, '')
  const verb = matchesOf(SPEECH, body)[0]
  if (!verb || verb.index === undefined) return false
  const who = body.slice(0, verb.index).trim() || body.slice(verb.index + verb[0].length).trim()
  return who === '' || parseSpeakerPhrase(who, ctx) !== null || speakerPrefix(who, ctx)
}

// "Kirby told reporters at the White House": a speaker followed by the verb's object and adverbials.
const speakerPrefix = (who: string, ctx: SpeakerContext) => {
  const words = who.split(/\s+/)
  return words.some((_w, i) => i > 0 && parseSpeakerPhrase(words.slice(0, i).join(' '), ctx) !== null)
}

const SPEECH_IN = new RegExp(SPEECH.source, 'u')

interface Resolved {
  speaker: Speaker | null
  actor: string | null
  cue: Cue
  confidence: number
  isOrganisation: boolean
}

/** Turns a mention into a speaker and actor, checking a back-reference against the register. */
const resolve = (mention: Mention, cue: Cue, strength: number, salience: Salience & { actor: Record<'person' | 'organisation', string | null> }, register: Register): Resolved => {
  const { speaker, via } = resolveMention(mention, salience)
  const isOrganisation = mention.kind === 'organisation' || (mention.kind === 'description' && mention.organisation) || (mention.kind === 'pronoun' && mention.word === 'it')
  if (mention.kind === 'group') {
    return { speaker: { name: mention.text, role: null }, actor: roleActor(register, mention.text), cue, confidence: strength * 0.6, isOrganisation: true }
  }
  if (via === 'description' && mention.kind === 'description') {
    // "the head of NATO" cannot point back to a Chinese speaker: the register's words must agree.
    const described = roleActor(register, mention.text)
    const previous = salience.actor[mention.organisation ? 'organisation' : 'person']
    if (described && previous && described !== previous) return { speaker: null, actor: described, cue, confidence: 0.3, isOrganisation }
  }
  if (!speaker) return { speaker: null, actor: null, cue, confidence: 0.3, isOrganisation }
  const finalCue: Cue = via === 'pronoun' ? 'pronoun-previous-speaker' : via === 'description' ? 'description-previous-speaker' : cue
  const factor = via === 'pronoun' ? 0.9 : via === 'description' ? 0.85 : 1
  const { actor, via: actorVia } = actorOf(register, speaker, isOrganisation)
  const actorFactor = actorVia === 'role' ? 0.9 : 1
  return { speaker, actor, cue: finalCue, confidence: strength * factor * actorFactor, isOrganisation }
}

const round = (n: number) => Math.round(n * 100) / 100

/** Proposes the statements of an article: its quotes, fragments and reported speech, with speaker, actor and date. Pure. */
export const propose = (article: ArticleText, register: Register): Proposal[] => {
  const people = peopleOf(article.paragraphs)
  const ctx: SpeakerContext = { people, isOrganisation: (name) => isRegisteredOrganisation(register, name) }
  const salience = { person: null as Speaker | null, organisation: null as Speaker | null, actor: { person: null as string | null, organisation: null as string | null } }
  const remember = (r: Resolved) => {
    if (!r.speaker) return
    const slot = r.isOrganisation ? 'organisation' : 'person'
    salience[slot] = r.speaker
    salience.actor[slot] = r.actor
  }
  const out: Proposal[] = []
  let openChain: Proposal | null = null

  article.paragraphs.forEach((paragraph, k) => {
    const text = paragraph.text
    const spans = findQuotes(text)
    const view = viewOf(text, spans)
    const next = article.paragraphs[k + 1]
    const here: { at: number; proposal: Proposal }[] = []
    const add = (at: number, p: Proposal) => here.push({ at, proposal: p })
    const chain = openChain
    openChain = null

    const line = transcriptLine(text)
    if (line) {
      // `Name: “…”` quotes its words; a Q&A line without opening marks is all spoken, its inner quotes nested.
      const inner = opensWithQuote(text.slice(line.start)) ? spans.filter((s) => s.start >= line.start) : []
      const segments = inner.length ? inner.map((s) => segmentOf(text, s)) : [text.slice(line.start).trim()]
      let resolved: Resolved
      if (line.role === 'question') resolved = { speaker: null, actor: null, cue: 'transcript-label', confidence: 0.5, isOrganisation: false }
      else if (line.role === 'answer') {
        resolved = salience.person
          ? { ...resolve({ kind: 'person', speaker: salience.person }, 'qa-answer', 0.7, salience, register), cue: 'qa-answer' }
          : { speaker: null, actor: null, cue: 'qa-answer', confidence: 0.3, isOrganisation: false }
      } else {
        const mention = parseSpeakerPhrase(labelAsName(line.label), ctx) ?? { kind: 'person' as const, speaker: { name: labelAsName(line.label), role: null } }
        resolved = resolve(mention, 'transcript-label', 0.9, salience, register)
      }
      remember(resolved)
      const { date, note } = resolveDate('', article.date)
      add(0, {
        paragraph: paragraph.id, text: segments.join(' … '), segments, kind: 'quote', speaker: resolved.speaker, actor: resolved.actor,
        date, dateNote: note, confidence: round(resolved.confidence), cue: resolved.cue,
      })
      out.push(...here.map((h) => h.proposal))
      return
    }

    const groups = statementsOf(view, ctx)
    let previousInParagraph: Proposal | null = null
    const events: { at: number; order: number; run: () => void }[] = []
    for (const group of groups) events.push({ at: group[0]?.start ?? 0, order: 1, run: () => quoteStatement(group) })
    const quoteStatement = (group: QuoteSpan[]) => {
      const first = group[0]
      const lastSpan = group[group.length - 1]
      if (!first || !lastSpan) return
      const segments = group.map((s) => segmentOf(text, s)).filter(Boolean)
      if (segments.length === 0) return
      const words = wordCount(segments.join(' '))
      const kind: StatementKind = words <= 3 ? 'fragment' : 'quote'
      const attribution: Attribution | null = group.reduce<Attribution | null>((found, s) => found ?? attributeQuote(view, s, ctx), null)
      const startsParagraph = text.slice(0, first.start).trim() === ''
      let resolved: Resolved
      let zone = ''
      if (attribution) {
        resolved = resolve(attribution.mention, attribution.cue, attribution.strength, salience, register)
        zone = attribution.zone
      } else if (chain && startsParagraph && k > 0) {
        resolved = { speaker: chain.speaker, actor: chain.actor, cue: 'continued-quote', confidence: Math.min(0.9, chain.confidence), isOrganisation: false }
      } else if (previousInParagraph?.speaker && startsSentence(view, first)) {
        resolved = { speaker: previousInParagraph.speaker, actor: previousInParagraph.actor, cue: 'same-paragraph-speaker', confidence: 0.75, isOrganisation: false }
      } else {
        resolved = { speaker: null, actor: null, cue: 'none', confidence: 0.2, isOrganisation: false }
      }
      if (kind !== 'fragment') remember(resolved)
      const { date, note } = attribution ? resolveDate(zone, article.date) : chain && resolved.cue === 'continued-quote' ? { date: chain.date, note: chain.dateNote } : previousInParagraph && resolved.cue === 'same-paragraph-speaker' ? { date: previousInParagraph.date, note: previousInParagraph.dateNote } : resolveDate('', article.date)
      const continues = !lastSpan.closed && next !== undefined && opensWithQuote(next.text)
      const confidence = kind === 'fragment' ? Math.min(0.3, resolved.confidence * 0.4) : resolved.confidence
      const proposal: Proposal = {
        paragraph: paragraph.id, text: segments.join(' … '), segments, kind, speaker: resolved.speaker, actor: resolved.actor,
        date, dateNote: note, confidence: round(confidence), cue: resolved.cue, ...(continues ? { continues: true } : {}),
      }
      add(first.start, proposal)
      if (kind === 'quote') previousInParagraph = proposal
      if (continues) openChain = proposal
    }

    // Reported speech: sentences that carry no full quotation of their own.
    const sentenceStartsHere = view.starts
    sentenceStartsHere.forEach((start, i) => events.push({ at: start, order: 0, run: () => reported(start, sentenceStartsHere[i + 1] ?? text.length) }))
    const reported = (start: number, end: number) => {
      const quoted = groups.some((g) => g.some((s) => s.start < end && s.end > start && wordCount(segmentOf(text, s)) > 3))
      if (quoted) return
      const found = reportedSpeech(view, start, end, ctx)
      if (!found) return
      const resolved = resolve(found.mention, found.cue, found.strength, salience, register)
      remember(resolved)
      const segments = found.ranges.map(([a, b]) => text.slice(a, b))
      const { date, note } = resolveDate(found.zone, article.date)
      add(start, {
        paragraph: paragraph.id, text: segments.join(' … '), segments, kind: 'paraphrase', speaker: resolved.speaker, actor: resolved.actor,
        date, dateNote: note, confidence: round(resolved.confidence * 0.9), cue: resolved.cue,
      })
    }
    for (const e of events.sort((a, b) => a.at - b.at || a.order - b.order)) e.run()
    out.push(...here.sort((a, b) => a.at - b.at).map((h) => h.proposal))
  })
  return out
}

const startsSentence = (view: ParagraphView, span: QuoteSpan) => {
  const [start] = sentenceAt(view.starts, view.text.length, span.start)
  return view.text.slice(start, span.start).trim() === ''
}

/** Speakers the proposals name that the register does not list, for the curator to add. */
export const newSpeakersOf = (proposals: Proposal[], register: Register): NewSpeaker[] => {
  const seen = new Map<string, NewSpeaker>()
  for (const p of proposals) {
    const s = p.speaker
    if (!s || seen.has(s.name) || isKnownPerson(register, s.name) || isRegisteredOrganisation(register, s.name)) continue
    seen.set(s.name, { name: s.name, role: s.role, suggestedActor: p.actor })
  }
  return [...seen.values()]
}
