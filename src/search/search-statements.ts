import type { ActorId, StatementKind } from '../curation/types'
import type { FactSheet } from '../factsheet/model'
import { statementAnchors } from '../render/statement-anchors'
import { searchWords, type SearchWord } from './search-text'

/** Why a statement matched, best first: the whole phrase in one wording, every word in one wording, with the speaker, with the topic title. */
export const matchKinds = ['phrase', 'words', 'speaker', 'topic'] as const
export type MatchKind = (typeof matchKinds)[number]

export interface SearchResult {
  match: MatchKind
  topic: { slug: string; title: string }
  actor: { id: ActorId; name: string }
  statement: { id: string; kind: StatementKind; date: string }
  speaker: { name: string; role: string }
  /** The outlet wording that matched; the preferred one when only the speaker or topic did. */
  wording: { kind: StatementKind; text: string; outlet: string; ownership: string; article: string; paragraph: string; qualityNote?: string }
  links: { statement: string; source: string }
}

interface Entry {
  sheet: FactSheet
  position: FactSheet['positions'][number]
  statement: FactSheet['positions'][number]['statements'][number]
  /** Where this actor's copy of the statement is anchored on its topic's page. */
  anchor: string
  wordings: SearchWord[][]
  speaker: SearchWord[]
  title: SearchWord[]
}

/** Every statement of every sheet, in sheet, actor and statement order. */
export type SearchIndex = Entry[]

/** Folds every statement's wordings, speaker and topic title once, so each search only compares words. */
export const buildSearchIndex = (sheets: readonly FactSheet[]): SearchIndex =>
  sheets.flatMap((sheet) => {
    const title = searchWords(sheet.title)
    const anchorOf = statementAnchors(sheet.positions)
    return sheet.positions.flatMap((position) =>
      position.statements.map((statement) => ({
        sheet,
        position,
        statement,
        anchor: anchorOf(position.actor, statement.id),
        wordings: statement.wordings.map((w) => searchWords(w.text)),
        speaker: searchWords(`${statement.speaker.name} ${statement.speaker.role}`),
        title,
      })),
    )
  })

/** A query word matches a text word exactly or, where `prefix`, as its beginning; a compound answers to its parts too. */
const matchesWord = (query: string, word: SearchWord, prefix: boolean): boolean =>
  prefix
    ? word.whole.startsWith(query) || word.parts.some((p) => p.startsWith(query))
    : word.whole === query || word.parts.includes(query)

const hasAll = (query: readonly string[], words: SearchWord[]) => query.every((q) => words.some((w) => matchesWord(q, w, true)))

/** The query words in a row; the last may be the start of a word, so a phrase can be typed incompletely. */
const hasPhrase = (query: string[], words: SearchWord[]) =>
  words.some((_, i) => i + query.length <= words.length && query.every((q, k) => matchesWord(q, words[i + k]!, k === query.length - 1)))

/** The best match kind for an entry and the wording it rests on, or undefined when some query word is nowhere. */
const bestMatch = (query: string[], entry: Entry): { match: MatchKind; wording: number } | undefined => {
  const distinct = [...new Set(query)]
  const tiers: [MatchKind, (words: SearchWord[]) => boolean][] = [
    ['phrase', (words) => hasPhrase(query, words)],
    ['words', (words) => hasAll(distinct, words)],
    ['speaker', (words) => hasAll(distinct, [...words, ...entry.speaker])],
    ['topic', (words) => hasAll(distinct, [...words, ...entry.speaker, ...entry.title])],
  ]
  for (const [match, test] of tiers) {
    const wording = entry.wordings.findIndex(test)
    if (wording >= 0) return { match, wording }
  }
  return undefined
}

/**
 * Statements matching every word of the query (case, accents and quote marks folded), ranked:
 * phrase in a wording > all words in one wording > with the speaker's name and role > with the topic title;
 * ties keep topic order, then actor order, then statement order.
 */
export const searchStatements = (index: SearchIndex, query: string): SearchResult[] => {
  const words = searchWords(query).map((w) => w.whole)
  if (words.length === 0) return []
  const found = index.flatMap((entry) => {
    const best = bestMatch(words, entry)
    return best ? [{ entry, ...best }] : []
  })
  // Array.prototype.sort is stable, so equal kinds keep index order.
  found.sort((a, b) => matchKinds.indexOf(a.match) - matchKinds.indexOf(b.match))
  return found.map(({ entry: { sheet, position, statement, anchor }, match, wording }) => {
    const w = statement.wordings[wording]!
    return {
      match,
      topic: { slug: sheet.slug, title: sheet.title },
      actor: { id: position.actor, name: position.actorName },
      statement: { id: statement.id, kind: statement.kind, date: statement.date },
      speaker: statement.speaker,
      wording: {
        kind: w.kind,
        text: w.text,
        outlet: w.source.outlet,
        ownership: w.source.ownership,
        article: w.source.article,
        paragraph: w.source.paragraph,
        ...(w.source.qualityNote ? { qualityNote: w.source.qualityNote } : {}),
      },
      links: { statement: `/topics/${sheet.slug}#${anchor}`, source: w.source.href },
    }
  })
}
