// Entry bundled by `npm run bench` (bench/bundle.mjs): the Worker app and what its topic routes render, callable from Node.
import compiled from '../generated/xi-putin-moscow-2023.json'
import type { StoryData } from '../src/curation/types'
import { buildCatalog } from '../src/factsheet/catalog'
import type { FactSheet } from '../src/factsheet/model'
import { FactSheetPage } from '../src/render/html/FactSheetPage'
import { factSheetJson } from '../src/render/json'
import type { AppContext } from '../src/routes/env'
import { renderDocument } from '../src/routes/page'

export { default as app } from '../src/index'

/** The catalog the app serves, built from the same compiled story (the app builds its own on its first request). */
export const catalog = buildCatalog(compiled as unknown as StoryData)

/** The document GET /topics/:slug sends, without routing, middleware or headers. */
export const renderSheetHtml = (sheet: FactSheet, origin: string): string => {
  const path = `/topics/${sheet.slug}`
  // renderDocument reads only the request's URL and path, and the catalog, from its Context.
  const c = { req: { url: `${origin}${path}`, path }, var: { catalog } } as unknown as AppContext
  return renderDocument(c, { title: `${sheet.title} — fact sheet`, description: sheet.summary }, <FactSheetPage sheet={sheet} />)
}

/** The body GET /api/topics/:slug sends. */
export const renderSheetJson = (sheet: FactSheet): string => JSON.stringify(factSheetJson(sheet, catalog.dataVersion))
