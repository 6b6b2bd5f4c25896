import { buildCorpus, type Corpus } from '../corpus/corpus'
import type { Story, StoryData } from '../curation/types'
import { buildFactSheet, buildTimeline } from './build'
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
  provenance: Provenance
  /** Content hash of the compiled data: changes whenever any output could. */
  dataVersion: string
}

/** Builds every fact sheet and the timeline once (pure). */
export const buildCatalog = (data: StoryData): Catalog => {
  const corpus = buildCorpus(data.articles)
  const inputs = { story: data.story, corpus, statements: data.statements, timeline: data.timeline }
  const sheets = data.topics.map((topic) => buildFactSheet(topic, inputs))
  const bySlug = new Map(sheets.map((s) => [s.slug, s]))
  const aliases = new Map(data.articles.flatMap((a) => a.aliases.map((alias) => [alias, a.id] as const)))
  return {
    story: data.story,
    actorIds: data.story.actors.map((a) => a.id),
    corpus,
    sheets,
    sheet: (slug) => bySlug.get(slug),
    articleByAlias: (id) => aliases.get(id),
    timeline: buildTimeline(inputs, sheets),
    provenance: provenanceOf(corpus, data.dataVersion, data.story.corpusName),
    dataVersion: data.dataVersion,
  }
}
