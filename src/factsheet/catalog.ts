import { corpus, type Corpus } from '../corpus/corpus'
import { topics } from '../curation/topics'
import type { Topic } from '../curation/types'
import { buildFactSheet } from './build'
import { contentHash } from './data-version'
import type { FactSheet } from './model'

export interface Catalog {
  corpus: Corpus
  sheets: FactSheet[]
  sheet: (slug: string) => FactSheet | undefined
  /** Content hash of the seeds and the curated data: changes whenever any output could. */
  dataVersion: string
}

/** Builds every fact sheet once; pure, so tests can build a catalog from other data. */
export const buildCatalog = (from: Topic[] = topics, source: Corpus = corpus): Catalog => {
  const sheets = from.map((topic) => buildFactSheet(topic, source))
  const bySlug = new Map(sheets.map((s) => [s.slug, s]))
  const dataVersion = contentHash(JSON.stringify([source.articles, from]))
  return { corpus: source, sheets, sheet: (slug) => bySlug.get(slug), dataVersion }
}

/** The bundled catalog, built once per isolate. */
export const catalog = buildCatalog()
