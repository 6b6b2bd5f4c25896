import { corpus, type Corpus } from '../corpus/corpus'
import { timeline as curatedTimeline, type TimelineEvent } from '../curation/timeline'
import { topics } from '../curation/topics'
import type { Topic } from '../curation/types'
import { buildFactSheet, buildTimeline } from './build'
import { contentHash } from './data-version'
import { provenanceOf } from './provenance'
import type { FactSheet, Provenance, Timeline } from './model'

export interface Catalog {
  corpus: Corpus
  sheets: FactSheet[]
  sheet: (slug: string) => FactSheet | undefined
  timeline: Timeline
  provenance: Provenance
  /** Content hash of the seeds and all curated data: changes whenever any output could. */
  dataVersion: string
}

/** Builds every fact sheet and the timeline once; pure, so tests can build a catalog from other data. */
export const buildCatalog = (from: Topic[] = topics, source: Corpus = corpus, events: TimelineEvent[] = curatedTimeline): Catalog => {
  const sheets = from.map((topic) => buildFactSheet(topic, source, events))
  const bySlug = new Map(sheets.map((s) => [s.slug, s]))
  const dataVersion = contentHash(JSON.stringify([source.articles, from, events]))
  const provenance = provenanceOf(source, dataVersion)
  return { corpus: source, sheets, sheet: (slug) => bySlug.get(slug), timeline: buildTimeline(source, sheets, events), provenance, dataVersion }
}

/** The bundled catalog, built once per isolate. */
export const catalog = buildCatalog()
