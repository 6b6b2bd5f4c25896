// Entry bundled by `npm run bench` (bench/bundle.mjs): the Worker app and what its topic routes render, callable from Node.
import type { FactSheet } from '../src/factsheet/model'
import { factSheetJson } from '../src/render/json'
import { renderPage } from '../src/routes/page'
import { bundledSource } from '../src/source/bundled'
import { factSheetPage } from '../src/routes/topics'

export { default as app } from '../src/index'

/** The catalog the app serves (built when the module loads). */
export const catalog = bundledSource.catalog()

/** The document GET /topics/:slug sends, without routing, middleware or headers. */
export const renderSheetHtml = (sheet: FactSheet, origin: string): string => {
  const path = `/topics/${sheet.slug}`
  const { meta, body } = factSheetPage(sheet)
  return renderPage({ url: `${origin}${path}`, path, catalog }, meta, body)
}

/** The body GET /api/topics/:slug sends. */
export const renderSheetJson = (sheet: FactSheet): string => JSON.stringify(factSheetJson(sheet, catalog.dataVersion))
