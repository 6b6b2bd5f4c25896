import compiled from '../../generated/xi-putin-moscow-2023.json'
import type { StoryData } from '../../src/curation/types'
import { buildCatalog } from '../../src/factsheet/catalog'

/** The bundled story's compiled data, as the Worker receives it (npm test runs check:data first). */
export const storyData = compiled as unknown as StoryData

/** The bundled story's catalog, built as the bundled source builds it. */
export const catalog = buildCatalog(storyData)

export const { actorIds } = catalog

/** Each actor's display name by id, in the story's order. */
export const actorNames: Record<string, string> = Object.fromEntries(storyData.story.actors.map((a) => [a.id, a.name]))
