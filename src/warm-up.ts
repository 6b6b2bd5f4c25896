import type { Catalog } from './factsheet/catalog'
import { actorPage } from './routes/actors'
import { renderPage } from './routes/page'
import { factSheetPage } from './routes/topics'

// The first page an isolate serves runs its templates cold: V8 compiles each function on first use and optimises only
// what has run a while. In a fresh `wrangler dev` (npm run bench) that made the first fact sheet page cost ~15 ms of
// CPU and the first actor page ~20 ms, over the Workers Free plan's 10 ms a request. Rendering two fact sheets and an
// actor page here, once, at module start-up (which has its own 1 s limit and is not billed to a request) brings the
// first of either to ~5-7 ms. The pages are thrown away.

const origin = 'https://warm-up.invalid'

/** Renders the first two topics' pages and the first actor's page, as their routes do; returns them (for the test). */
export const warmUpPages = (catalog: Catalog): { path: string; html: string }[] => {
  const actor = catalog.actorIds[0]
  const pages = [
    ...catalog.sheets.slice(0, 2).map((sheet) => ({ path: `/topics/${sheet.slug}`, ...factSheetPage(sheet) })),
    ...(actor ? [{ path: `/actors/${actor}`, ...actorPage(catalog.actorRecord(actor), catalog) }] : []),
  ]
  return pages.map(({ path, meta, body }) => ({ path, html: renderPage({ url: `${origin}${path}`, path, catalog }, meta, body) }))
}
