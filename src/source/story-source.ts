import type { StoryData } from '../curation/types'
import { buildCatalog, type Catalog } from '../factsheet/catalog'
import type { CatalogSource } from './source'

/** A source serving one compiled story: its catalog is built at once (the bundled story's at module start-up) and kept. */
export const storySource = (data: StoryData): CatalogSource & { catalog: () => Catalog } => {
  const catalog = buildCatalog(data)
  return { catalog: () => catalog }
}
