import { buildCorpus, type Corpus } from '../corpus/corpus'
import type { ActorId, Story, StoryData } from '../curation/types'
import { buildActorRecord, type ActorRecord } from './actor-record'
import { buildFactSheet, buildTimeline } from './build'
import { buildPositionMatrix, type PositionMatrix } from './matrix'
import { provenanceOf } from './provenance'
import type { FactSheet, Provenance, Timeline } from './model'

/** Everything the routes serve for one story, built from its compiled data. */
export interface Catalog {
  story: Story
  /** The story's actor ids, in display order. */
  actorIds: string[]
  corpus: Corpus
  sheets: FactSheet[]
  sheet: (slug: string) => FactSheet | undefined
  /** The article an earlier id (an alias) now names. */
  articleByAlias: (id: string) => string | undefined
  timeline: Timeline
  /** One actor across every topic (an id from actorIds); built on first use, then kept. */
  actorRecord: (actor: ActorId) => ActorRecord
  /** Topics by actors; built on first use, then kept. */
  matrix: () => PositionMatrix
  provenance: Provenance
  /** Content hash of the compiled data: changes whenever any output could. */
  dataVersion: string
}

const once = <T>(build: () => T): (() => T) => {
  let value: T | undefined
  return () => (value ??= build())
}

/**
 * Builds every fact sheet and the timeline once (pure). Actor records and the matrix, which only some routes need,
 * are built on their first use so they add nothing to an isolate's start-up.
 */
export const buildCatalog = (data: StoryData): Catalog => {
  const corpus = buildCorpus(data.articles)
  const inputs = { story: data.story, corpus, statements: data.statements, timeline: data.timeline }
  const sheets = data.topics.map((topic) => buildFactSheet(topic, inputs))
  const bySlug = new Map(sheets.map((s) => [s.slug, s]))
  const aliases = new Map(data.articles.flatMap((a) => a.aliases.map((alias) => [alias, a.id] as const)))
  const records = new Map(data.story.actors.map((a) => [a.id, once(() => buildActorRecord(a.id, sheets))]))
  return {
    story: data.story,
    actorIds: data.story.actors.map((a) => a.id),
    corpus,
    sheets,
    sheet: (slug) => bySlug.get(slug),
    articleByAlias: (id) => aliases.get(id),
    timeline: buildTimeline(inputs, sheets),
    actorRecord: (actor) => records.get(actor)?.() ?? buildActorRecord(actor, sheets),
    matrix: once(() => buildPositionMatrix(sheets, data.story.actors)),
    provenance: provenanceOf(corpus, data.dataVersion, data.story.corpusName),
    dataVersion: data.dataVersion,
  }
}
