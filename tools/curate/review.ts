import { findVerbatim } from '../../src/curation/normalise'
import type { Proposal } from './types'

/** What a review session knows about the story; read once, never changed by `reviewStep`. */
export interface ReviewContext {
  article: { id: string; date: string | null; paragraphs: { id: string; text: string }[] }
  actors: { id: string; name: string }[]
  /** Each topic with the stance each actor has on it now. */
  topics: { slug: string; title: string; summary: string; stances: Record<string, string> }[]
  speakers: Record<string, { name: string; role: string; actor: string }>
  statementIds: Set<string>
  /** Mark the quoted words with ANSI inverse video (a terminal) or ⟦ ⟧ (logs, tests). */
  color: boolean
}

type Mode = 'choose' | 'actor' | 'topic' | 'new-topic' | 'stance' | 'id' | 'speaker' | 'edit'

export interface ReviewState {
  items: Proposal[]
  at: number
  mode: Mode
  draft: { actor?: string; topic?: string; newTopic?: boolean; stance?: string; id?: string; speaker?: string; newSpeaker?: boolean }
  done: boolean
}

/** A statement as it goes into a topic file. */
export interface StatementEntry {
  id: string
  kind: 'quote' | 'paraphrase'
  speaker?: string
  date: string
  dateNote?: string
  reports: { article: string; paragraph: string; text: string | string[] }[]
}

export type ReviewAction =
  | { type: 'accept'; proposal: Proposal; topic: string; newTopic: boolean; actor: string; stance?: string; statement: StatementEntry; newSpeaker?: { id: string; name: string; role: string; actor: string } }
  | { type: 'reject'; article: string; proposal: Proposal }

export interface StepResult {
  state: ReviewState
  output: string[]
  action?: ReviewAction
  /** Whether the next input is a whole line (a name, an id) rather than one keystroke. */
  wantsLine: boolean
}

const STOP = new Set('that this with have from they will would were been their there which what about into than then them these those also just such very over only some more most your ours said says because while where when being does should could'.split(' '))

export const slugOf = (s: string) =>
  s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9 ]/g, '').trim()

/** The speakers.yaml id of a proposal's speaker, by full name or surname. */
export const speakerIdOf = (ctx: ReviewContext, name: string): string | undefined => {
  const n = norm(name)
  const entries = Object.entries(ctx.speakers)
  return (entries.find(([, s]) => norm(s.name) === n) ?? entries.find(([, s]) => norm(s.name).split(' ').at(-1) === n.split(' ').at(-1) && n.includes(' ')))?.[0]
}

/** A new speaker id: the surname of a person, the words of an organisation. */
export const suggestSpeakerId = (ctx: ReviewContext, name: string): string => {
  const words = slugOf(name).split('-')
  const base = words.length <= 3 && /^\p{Lu}/u.test(name) && !/\b(ministry|office|government|council|agency)\b/i.test(name) ? words.at(-1)! : words.join('-')
  let id = base
  for (let n = 2; ctx.speakers[id]; n++) id = `${base}-${n}`
  return id
}

/** A statement id: the speaker's id and two or three of the longest words of the quote, unique in the story. */
export const suggestStatementId = (ctx: ReviewContext, who: string, segments: string[]): string => {
  const words = segments.join(' ').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[a-z]{4,}/g) ?? []
  const distinct = [...new Set(words.filter((w) => !STOP.has(w)))]
  const longest = new Set([...distinct].sort((a, b) => b.length - a.length).slice(0, 3))
  const base = [who, ...distinct.filter((w) => longest.has(w))].join('-')
  let id = base
  for (let n = 2; ctx.statementIds.has(id); n++) id = `${base}-${n}`
  return id
}

/** The topic whose title and summary share most words with the paragraph. */
export const suggestTopic = (ctx: ReviewContext, paragraph: string): string | undefined => {
  const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
  const have = words(paragraph)
  const scored = ctx.topics.map((t) => ({ slug: t.slug, score: [...words(`${t.title} ${t.summary}`)].filter((w) => have.has(w)).length }))
  return scored.sort((a, b) => b.score - a.score)[0]?.slug
}

/** The paragraph with the proposal's words marked. */
export const highlight = (ctx: ReviewContext, text: string, segments: string[]): string => {
  let out = text
  for (const s of segments) out = out.replace(s, ctx.color ? `\u001b[7m${s}\u001b[27m` : `⟦${s}⟧`)
  return out
}

const show = (ctx: ReviewContext, state: ReviewState): string[] => {
  const p = state.items[state.at]
  if (!p) return [`No more open proposals for ${ctx.article.id}.`]
  const para = ctx.article.paragraphs.find((x) => x.id === p.paragraph)?.text ?? ''
  const who = p.speaker ? `${p.speaker.name}${p.speaker.role ? ` (${p.speaker.role})` : ''}` : 'speaker unclear'
  return [
    '',
    `[${state.at + 1}/${state.items.length}] ${p.paragraph} ${p.kind} ${p.confidence.toFixed(2)}  ${who} → ${p.actor ?? 'actor unclear'}  [${p.cue}]${p.date ? `  ${p.date}` : ''}`,
    `  ${highlight(ctx, para, p.segments)}`,
    '  a accept   e edit the words   r reject   s skip   q quit',
  ]
}

const topicPrompt = (ctx: ReviewContext, state: ReviewState): string[] => {
  const p = state.items[state.at]!
  const suggested = suggestTopic(ctx, ctx.article.paragraphs.find((x) => x.id === p.paragraph)?.text ?? '')
  return [
    ...ctx.topics.map((t, i) => `  ${i + 1 < 10 ? i + 1 : ' '} ${t.slug}${t.slug === suggested ? '   ← suggested' : ''}`),
    `Topic: Enter = ${suggested ?? '(none)'}, 1-${Math.min(ctx.topics.length, 9)} = pick, n = new topic`,
  ]
}

const whoOf = (ctx: ReviewContext, state: ReviewState) => {
  const p = state.items[state.at]!
  return state.draft.speaker ?? (p.speaker ? speakerIdOf(ctx, p.speaker.name) ?? suggestSpeakerId(ctx, p.speaker.name) : state.draft.actor!)
}

/** Starts a session over the open proposals. */
export const startReview = (ctx: ReviewContext, items: Proposal[]): StepResult => {
  const state: ReviewState = { items, at: 0, mode: 'choose', draft: {}, done: items.length === 0 }
  return { state, output: [`${ctx.article.id}: ${items.length} open proposal(s).`, ...show(ctx, state)], wantsLine: false }
}

/** One keystroke (or, where `wantsLine`, one line) of a review session: pure, so tests drive it without a terminal. */
export const reviewStep = (ctx: ReviewContext, state: ReviewState, input: string): StepResult => {
  const p = state.items[state.at]
  const next = (s: ReviewState, output: string[], action?: ReviewAction): StepResult => {
    const moved = { ...s, at: s.at + 1, mode: 'choose' as const, draft: {} }
    const done = moved.at >= moved.items.length
    return { state: { ...moved, done }, output: [...output, ...show(ctx, moved)], wantsLine: false, ...(action ? { action } : {}) }
  }
  const ask = (mode: Mode, output: string[], draft = state.draft): StepResult => ({
    state: { ...state, mode, draft },
    output,
    wantsLine: mode === 'new-topic' || mode === 'id' || mode === 'edit' || mode === 'actor',
  })
  if (!p || state.done) return { state: { ...state, done: true }, output: [], wantsLine: false }
  const actorIds = ctx.actors.map((a) => a.id)

  // After the topic: the id, then a speaker missing from speakers.yaml, then the statement is written.
  const afterTopic = (draft: ReviewState['draft']): StepResult => {
    const now = ctx.topics.find((t) => t.slug === draft.topic)?.stances[draft.actor!] ?? 'none'
    if (now === 'none' && !draft.stance)
      return { state: { ...state, mode: 'stance', draft }, output: [`${draft.actor} has stance "none" on ${draft.topic}; with this statement it is: s supports, o opposes, c conditional, m ambiguous`], wantsLine: false }
    const s = { ...state, draft }
    const suggested = suggestStatementId(ctx, whoOf(ctx, s), p.segments)
    return ask('id', [`Statement id [${suggested}]: (Enter to accept, or type one)`], draft)
  }
  const finish = (draft: ReviewState['draft']): StepResult => {
    const s = { ...state, draft }
    const speakerId = p.speaker ? (speakerIdOf(ctx, p.speaker.name) ?? draft.speaker) : undefined
    const statement: StatementEntry = {
      id: draft.id!,
      kind: p.kind === 'paraphrase' ? 'paraphrase' : 'quote',
      ...(speakerId ? { speaker: speakerId } : {}),
      // Where the text gives no day, the statement gets the month it was reported in, never the article's day.
      ...(p.date
        ? { date: p.date, ...(p.dateNote ? { dateNote: p.dateNote } : {}) }
        : { date: (ctx.article.date ?? '').slice(0, 7), dateNote: `Reported on ${ctx.article.date ?? 'an unknown date'}; the text gives no day (${p.dateNote}).` }),
      reports: [{ article: ctx.article.id, paragraph: p.paragraph, text: p.segments.length === 1 ? p.segments[0]! : p.segments }],
    }
    const newSpeaker = draft.newSpeaker && p.speaker && draft.speaker ? { id: draft.speaker, name: p.speaker.name, role: p.speaker.role ?? 'no role given in the text', actor: draft.actor! } : undefined
    const action: ReviewAction = { type: 'accept', proposal: p, topic: draft.topic!, newTopic: draft.newTopic ?? false, actor: draft.actor!, ...(draft.stance ? { stance: draft.stance } : {}), statement, ...(newSpeaker ? { newSpeaker } : {}) }
    return next(s, [`accepted as ${statement.id} on ${draft.topic} (${draft.actor})`], action)
  }
  const afterId = (draft: ReviewState['draft']): StepResult => {
    if (p.speaker && !speakerIdOf(ctx, p.speaker.name)) {
      const id = suggestSpeakerId(ctx, p.speaker.name)
      return ask('speaker', [`${p.speaker.name} is not in speakers.yaml. Add as "${id}" (role: ${p.speaker.role ?? 'none given'}, actor: ${draft.actor})? y/n`], { ...draft, speaker: id })
    }
    return finish(draft)
  }

  switch (state.mode) {
    case 'choose':
      if (input === 'q') return { state: { ...state, done: true }, output: ['Stopped; the remaining proposals stay open.'], wantsLine: false }
      if (input === 's') return next(state, ['skipped'])
      if (input === 'r') return next(state, ['rejected; it will not be proposed again'], { type: 'reject', article: ctx.article.id, proposal: p })
      if (input === 'e') return ask('edit', [`Words (verbatim from ${p.paragraph}; parts separated by " … "), Enter keeps them:`])
      if (input === 'a') {
        if (p.actor && actorIds.includes(p.actor)) return ask('topic', topicPrompt(ctx, state), { actor: p.actor })
        return ask('actor', [`Which actor does this speak for? (${actorIds.join(', ')}; Enter to go back)`])
      }
      return { state, output: ['a accept   e edit   r reject   s skip   q quit'], wantsLine: false }
    case 'actor':
      if (!input.trim()) return { state: { ...state, mode: 'choose', draft: {} }, output: show(ctx, state), wantsLine: false }
      if (!actorIds.includes(input.trim())) return ask('actor', [`Not an actor of the story; one of: ${actorIds.join(', ')}`])
      return ask('topic', topicPrompt(ctx, state), { ...state.draft, actor: input.trim() })
    case 'topic': {
      if (input === 'n') return ask('new-topic', ['New topic id (lower-case words joined by hyphens):'])
      const suggested = suggestTopic(ctx, ctx.article.paragraphs.find((x) => x.id === p.paragraph)?.text ?? '')
      const picked = input === '\r' || input === '\n' || input === '' ? suggested : ctx.topics[Number(input) - 1]?.slug
      if (!picked) return ask('topic', ['Enter, a number from the list, or n.'])
      return afterTopic({ ...state.draft, topic: picked })
    }
    case 'new-topic': {
      const slug = slugOf(input)
      if (!slug) return ask('new-topic', ['Give the topic id, e.g. strait-closure:'])
      return afterTopic({ ...state.draft, topic: slug, newTopic: !ctx.topics.some((t) => t.slug === slug) })
    }
    case 'stance': {
      const stance = ({ s: 'supports', o: 'opposes', c: 'conditional', m: 'ambiguous' } as Record<string, string>)[input]
      if (!stance) return { state, output: ['s supports, o opposes, c conditional, m ambiguous'], wantsLine: false }
      return afterTopic({ ...state.draft, stance })
    }
    case 'id': {
      const id = input.trim() || suggestStatementId(ctx, whoOf(ctx, state), p.segments)
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return ask('id', ['Use lower-case words joined by hyphens, e.g. kask-no-deadline:'])
      if (ctx.statementIds.has(id)) return ask('id', [`"${id}" is taken; give another id:`])
      return afterId({ ...state.draft, id })
    }
    case 'speaker':
      if (input === 'y') return finish({ ...state.draft, newSpeaker: true })
      return next(state, ['not accepted: a quote needs a speaker in speakers.yaml; add one by hand or accept again'])
    case 'edit': {
      if (!input.trim()) return { state: { ...state, mode: 'choose' }, output: show(ctx, state), wantsLine: false }
      const segments = input.split(/\s*…\s*/).map((s) => s.trim()).filter(Boolean)
      const para = ctx.article.paragraphs.find((x) => x.id === p.paragraph)?.text ?? ''
      const missing = segments.find((seg) => !findVerbatim(para, seg))
      if (missing) return ask('edit', [`"${missing}" is not verbatim in ${p.paragraph}; copy the words from the paragraph (Enter keeps the proposal):`])
      const items = state.items.map((x, i) => (i === state.at ? { ...x, segments, text: segments.join(' … ') } : x))
      const edited = { ...state, items, mode: 'choose' as const }
      return { state: edited, output: ['edited', ...show(ctx, edited)], wantsLine: false }
    }
  }
}
