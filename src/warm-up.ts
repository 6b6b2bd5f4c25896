import type { Catalog } from './factsheet/catalog'
import { actorPage } from './routes/actors'
import { renderPage } from './routes/page'
import { searchIndexOf, searchPage } from './routes/search'
import { searchStatements } from './search/search-statements'
import { factSheetPage } from './routes/topics'

// The first page an isolate serves runs its templates cold: V8 compiles each function on first use and optimises only
// what has run a while. In fresh `wrangler dev` servers the first fact sheet page cost ~15 ms of CPU, the first actor
// page ~20 ms and the first search ~27 ms (building the search index too), over the Workers Free plan's 10 ms a
// request. Rendering two fact sheets, an actor page and a search here, once, at module start-up (Workers limit
// start-up to 1 s of its own; in `wrangler dev` it does not show in the first request's CPU) brings the first of each
// to ~5-7 ms. The pages are thrown away; the search index is kept, as the search route would keep it.

const origin = 'https://warm-up.invalid'

/** Renders the first two topics' pages, the first actor's page and a search, as their routes do; returns them (for the test). */
export const warmUpPages = (catalog: Catalog): { path: string; html: string }[] => {
  const actor = catalog.actorIds[0]
  const query = catalog.sheets[0]?.positions[0]?.actorName ?? ''
  const pages = [
    ...catalog.sheets.slice(0, 2).map((sheet) => ({ path: `/topics/${sheet.slug}`, ...factSheetPage(sheet) })),
    ...(actor ? [{ path: `/actors/${actor}`, ...actorPage(catalog.actorRecord(actor), catalog) }] : []),
    { path: `/search?q=${encodeURIComponent(query)}`, ...searchPage(query, searchStatements(searchIndexOf(catalog), query)) },
  ]
  return pages.map(({ path, meta, body }) => {
    const url = new URL(path, origin)
    return { path, html: renderPage({ url: url.href, path: url.pathname, catalog }, meta, body) }
  })
}
