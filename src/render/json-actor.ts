import type { ActorRecord } from '../factsheet/actor-record'
import { referenceJson, statementJson, tellingId } from './json-statement'

const linksOf = (actor: string) => ({ html: `/actors/${actor}`, json: `/api/actors/${actor}`, markdown: `/actors/${actor}.md` })

/** The API shape of one actor across every topic; statements as in `/api/topics/:slug`, citations renumbered for this record. */
export const actorRecordJson = (record: ActorRecord, dataVersion: string) => ({
  actor: record.actor,
  actorName: record.actorName,
  dataVersion,
  links: linksOf(record.actor),
  stances: record.stances,
  speakers: record.speakers,
  topics: record.topics.map((t) => ({
    slug: t.slug,
    title: t.title,
    url: t.href,
    stance: t.stance,
    stanceLabel: t.stanceLabel,
    stanceWithBasis: t.stanceWithBasis,
    summary: t.summary,
    telling: tellingId(t),
    statements: t.statements.map(statementJson),
  })),
  references: record.references.map(referenceJson),
})

/** Every actor with how much each said. */
export const actorsIndexJson = (records: ActorRecord[], dataVersion: string) => ({
  dataVersion,
  actors: records.map((r) => ({
    actor: r.actor,
    actorName: r.actorName,
    statements: r.statementCount,
    stances: r.stances,
    links: linksOf(r.actor),
  })),
})
