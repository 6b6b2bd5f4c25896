import type { Proposal, StatementKind } from './types'

/** One entry of a hand-made answer key. */
export interface KeyQuote {
  paragraph: string
  segments: string[]
  kind: StatementKind
  continues?: boolean
  speaker: { name: string; role: string | null } | null
  actor: string | null
  cue: string
}

export interface AnswerKey {
  article: string
  file: string
  articleDate: string
  actors?: string[]
  quotes: KeyQuote[]
}

export interface Score {
  keyQuotes: number
  proposedQuotes: number
  matchedKeyQuotes: number
  matchedProposedQuotes: number
  speakerCorrect: number
  speakerAbstained: number
  actorCorrect: number
  matchedForAttribution: number
  otherKinds: { kind: 'fragment' | 'paraphrase'; key: number; matched: number; proposed: number }[]
  /** Proposals matching nothing in the key: what a curator must reject. */
  rejections: number
  missed: KeyQuote[]
  rejected: Proposal[]
}

/** Span text for comparison: one quote style, collapsed spaces, no enclosing marks or trailing , . : ; */
export const normaliseSpan = (segments: string[]): string =>
  segments
    .map((segment) =>
      segment
        .replace(/[“”„«»‹›"]/g, '"')
        .replace(/[‘’`]/g, "'")
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^["'\s]+/, '')
        .replace(/[\s,.:;"']+$/g, ''),
    )
    .filter(Boolean)
    .join(' ')

/** A name for comparison: case, accents, a leading article and punctuation aside. */
export const normaliseName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()

const sameSpeaker = (a: KeyQuote['speaker'], b: Proposal['speaker']) =>
  a === null ? b === null : b !== null && normaliseName(a.name) === normaliseName(b.name)

/** Pairs key entries with proposals of the same words, preferring the same paragraph. */
const pair = (key: KeyQuote[], proposals: Proposal[]): Map<KeyQuote, Proposal> => {
  const used = new Set<Proposal>()
  const out = new Map<KeyQuote, Proposal>()
  for (const samePara of [true, false])
    for (const k of key) {
      if (out.has(k)) continue
      const text = normaliseSpan(k.segments)
      const p = proposals.find((p) => !used.has(p) && (!samePara || p.paragraph === k.paragraph) && normaliseSpan(p.segments) === text)
      if (p) {
        used.add(p)
        out.set(k, p)
      }
    }
  return out
}

/** Scores one article's proposals against its key. */
export const scoreArticle = (key: AnswerKey, proposals: Proposal[]): Score => {
  const pairs = pair(key.quotes, proposals)
  const matchedProposals = new Set(pairs.values())
  const keyQuotes = key.quotes.filter((q) => q.kind === 'quote')
  const matchedQuotes = keyQuotes.filter((q) => pairs.has(q))
  const attributed = [...pairs.entries()].filter(([k]) => k.kind === 'quote')
  const otherKinds = (['fragment', 'paraphrase'] as const).map((kind) => ({
    kind,
    key: key.quotes.filter((q) => q.kind === kind).length,
    matched: key.quotes.filter((q) => q.kind === kind && pairs.has(q)).length,
    proposed: proposals.filter((p) => p.kind === kind).length,
  }))
  const rejected = proposals.filter((p) => !matchedProposals.has(p))
  return {
    keyQuotes: keyQuotes.length,
    proposedQuotes: proposals.filter((p) => p.kind === 'quote').length,
    matchedKeyQuotes: matchedQuotes.length,
    matchedProposedQuotes: proposals.filter((p) => p.kind === 'quote' && matchedProposals.has(p)).length,
    speakerCorrect: attributed.filter(([k, p]) => sameSpeaker(k.speaker, p.speaker)).length,
    speakerAbstained: attributed.filter(([k, p]) => k.speaker !== null && p.speaker === null).length,
    actorCorrect: attributed.filter(([k, p]) => k.actor === p.actor).length,
    matchedForAttribution: attributed.length,
    otherKinds,
    rejections: rejected.length,
    missed: key.quotes.filter((q) => !pairs.has(q)),
    rejected,
  }
}

/** Adds scores up (for "overall" lines). */
export const sumScores = (scores: Score[]): Score =>
  scores.reduce(
    (a, s) => ({
      keyQuotes: a.keyQuotes + s.keyQuotes,
      proposedQuotes: a.proposedQuotes + s.proposedQuotes,
      matchedKeyQuotes: a.matchedKeyQuotes + s.matchedKeyQuotes,
      matchedProposedQuotes: a.matchedProposedQuotes + s.matchedProposedQuotes,
      speakerCorrect: a.speakerCorrect + s.speakerCorrect,
      speakerAbstained: a.speakerAbstained + s.speakerAbstained,
      actorCorrect: a.actorCorrect + s.actorCorrect,
      matchedForAttribution: a.matchedForAttribution + s.matchedForAttribution,
      otherKinds: a.otherKinds.map((o, i) => {
        const b = s.otherKinds[i]
        return b ? { kind: o.kind, key: o.key + b.key, matched: o.matched + b.matched, proposed: o.proposed + b.proposed } : o
      }),
      rejections: a.rejections + s.rejections,
      missed: [...a.missed, ...s.missed],
      rejected: [...a.rejected, ...s.rejected],
    }),
    {
      keyQuotes: 0, proposedQuotes: 0, matchedKeyQuotes: 0, matchedProposedQuotes: 0, speakerCorrect: 0, speakerAbstained: 0,
      actorCorrect: 0, matchedForAttribution: 0, rejections: 0, missed: [], rejected: [],
      otherKinds: [{ kind: 'fragment', key: 0, matched: 0, proposed: 0 }, { kind: 'paraphrase', key: 0, matched: 0, proposed: 0 }],
    } as Score,
  )

const ratio = (n: number, d: number) => (d === 0 ? '  -  ' : (n / d).toFixed(3))

/** One line of figures for a score. */
export const formatScore = (label: string, s: Score): string =>
  [
    label.padEnd(44),
    `recall ${ratio(s.matchedKeyQuotes, s.keyQuotes)} (${s.matchedKeyQuotes}/${s.keyQuotes})`,
    `precision ${ratio(s.matchedProposedQuotes, s.proposedQuotes)} (${s.matchedProposedQuotes}/${s.proposedQuotes})`,
    `speaker ${ratio(s.speakerCorrect, s.matchedForAttribution)} (${s.speakerAbstained} abstained)`,
    `actor ${ratio(s.actorCorrect, s.matchedForAttribution)}`,
    ...s.otherKinds.map((o) => `${o.kind} ${o.matched}/${o.key} (proposed ${o.proposed})`),
    `reject ${s.rejections}`,
  ].join('  ')
