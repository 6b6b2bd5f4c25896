import type { StoryData } from '../curation/types'
import { buildCatalog, type Catalog } from '../factsheet/catalog'
import type { CatalogSource } from './source'

/** A source serving one compiled story, built on first use and kept for the isolate's life. */
export const storySource = (data: StoryData): CatalogSource => {
  let built: Catalog | undefined
  return { catalog: () => (built ??= buildCatalog(data)) }
}
