import { stanceIds, type ActorId, type StanceId, type StatementKind } from '../curation/types'
import { stanceLabels } from '../vocabulary'
import { citationIndex } from './citation-index'
import type { FactSheet, FactStatement, SourceRef } from './model'
import type { StanceCount } from './matrix'

export interface ActorTopic {
  slug: string
  title: string
  /** Site-relative link to this actor's section of the topic sheet. */
  href: string
  stance: StanceId
  stanceLabel: string
  stanceWithBasis: string
  summary: string
  /** As on the topic sheet: the statement the curator chose to show at a glance. */
  telling?: string
  /** As on the topic sheet (same ids), but citing this record's own reference numbers. */
  statements: FactStatement[]
}

export interface ActorSpeaker {
  name: string
  /** Every role the sources give this speaker, in order of first appearance. */
  roles: string[]
  statements: number
  kinds: Record<StatementKind, number>
  /** Slugs of the topics the speaker is quoted on. */
  topics: string[]
}

/** One actor across every topic: what a per-actor page, its JSON and its Markdown render. */
export interface ActorRecord {
  actor: ActorId
  actorName: string
  actorInSentence: string
  topics: ActorTopic[]
  /** By number of statements, most first; ties in order of first appearance. */
  speakers: ActorSpeaker[]
  /** How many topics hold each stance, in vocabulary order. */
  stances: StanceCount[]
  statementCount: number
  /** Every cited paragraph, numbered from 1 across all topics in reading order. */
  references: SourceRef[]
  corpusName: string
  sourcesPhrase: string
}

const speakersOf = (topics: ActorTopic[]): ActorSpeaker[] => {
  const byName = new Map<string, ActorSpeaker>()
  for (const topic of topics)
    for (const s of topic.statements) {
      const speaker = byName.get(s.speaker.name) ?? { name: s.speaker.name, roles: [], statements: 0, kinds: { quote: 0, paraphrase: 0, characterisation: 0 }, topics: [] }
      if (!speaker.roles.includes(s.speaker.role)) speaker.roles.push(s.speaker.role)
      if (!speaker.topics.includes(topic.slug)) speaker.topics.push(topic.slug)
      speaker.statements++
      speaker.kinds[s.kind]++
      byName.set(s.speaker.name, speaker)
    }
  // Array.prototype.sort is stable, so equal counts keep their first-appearance order.
  return [...byName.values()].sort((a, b) => b.statements - a.statements)
}

/** Gathers one actor's positions and statements from every fact sheet (pure), renumbering citations across topics. */
export const buildActorRecord = (actor: ActorId, sheets: readonly FactSheet[]): ActorRecord => {
  const index = citationIndex()
  let actorName: string = actor
  let actorInSentence: string = actor
  const topics = sheets.flatMap((sheet): ActorTopic[] => {
    const p = sheet.positions.find((position) => position.actor === actor)
    if (!p) return []
    actorName = p.actorName
    actorInSentence = p.actorInSentence
    return [
      {
        slug: sheet.slug,
        title: sheet.title,
        href: `/topics/${sheet.slug}#${actor}`,
        stance: p.stance,
        stanceLabel: p.stanceLabel,
        stanceWithBasis: p.stanceWithBasis,
        summary: p.summary,
        ...(p.telling ? { telling: p.telling } : {}),
        statements: p.statements.map(index.citeStatement),
      },
    ]
  })
  return {
    actor,
    actorName,
    actorInSentence,
    topics,
    speakers: speakersOf(topics),
    stances: stanceIds.map((stance) => ({ stance, label: stanceLabels[stance], count: topics.filter((t) => t.stance === stance).length })),
    statementCount: topics.reduce((n, t) => n + t.statements.length, 0),
    references: index.references,
    corpusName: sheets[0]?.corpusName ?? '',
    sourcesPhrase: sheets[0]?.sourcesPhrase ?? '',
  }
}
