// Entry bundled by `npm run bench` (bench/bundle.mjs): the Worker app and what its topic routes render, callable from Node.
import type { Context } from 'hono'
import { catalog } from '../src/factsheet/catalog'
import type { FactSheet } from '../src/factsheet/model'
import { FactSheetPage } from '../src/render/html/FactSheetPage'
import { factSheetJson } from '../src/render/json'
import { renderDocument } from '../src/routes/page'

export { default as app } from '../src/index'
export { catalog }

/** The document GET /topics/:slug sends, without routing, middleware or headers. */
export const renderSheetHtml = (sheet: FactSheet, origin: string): string => {
  const path = `/topics/${sheet.slug}`
  // renderDocument reads only the request's URL and path from its Context.
  const c = { req: { url: `${origin}${path}`, path } } as unknown as Context
  return renderDocument(c, { title: `${sheet.title} — fact sheet`, description: sheet.summary }, <FactSheetPage sheet={sheet} />)
}

/** The body GET /api/topics/:slug sends. */
export const renderSheetJson = (sheet: FactSheet): string => JSON.stringify(factSheetJson(sheet, catalog.dataVersion))
