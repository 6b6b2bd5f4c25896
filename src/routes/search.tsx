import { Hono } from 'hono'
import type { Catalog } from '../factsheet/catalog'
import { contentHash } from '../factsheet/data-version'
import { ClientError } from '../http/errors'
import { SearchPage } from '../render/html/SearchPage'
import { maxQueryLength, readSearchQuery } from '../search/search-query'
import { buildSearchIndex, searchStatements, type SearchIndex, type SearchResult } from '../search/search-statements'
import { sendJson } from './json-response'
import { sendPage } from './page'
import type { AppContext, AppEnv } from './env'

// One index per data version, kept for the isolate's life (the bundled one is built at start-up by src/warm-up.ts).
const built = new Map<string, SearchIndex>()
export const searchIndexOf = ({ dataVersion, sheets }: Catalog): SearchIndex => {
  let index = built.get(dataVersion)
  if (!index) {
    built.clear()
    index = buildSearchIndex(sheets)
    built.set(dataVersion, index)
  }
  return index
}
const searchIndex = (c: AppContext): SearchIndex => searchIndexOf(c.var.catalog)

/** The search page: the form, and the results for `text` when there is a query. */
export const searchPage = (text: string, results: SearchResult[] | undefined) => ({
  meta: {
    title: text ? `Search: ${text} — fact sheets` : 'Search — fact sheets',
    description: 'Search every statement of every fact sheet by its words, its speaker or its topic.',
  },
  body: <SearchPage query={text} results={results} />,
})

const example = { label: 'q=ceasefire', href: '/search?q=ceasefire' }

// The JSON carries the client's query back; escaped markup keeps it inert even if something sniffs it as HTML.
const inertJson = (value: unknown) => JSON.stringify(value).replace(/[<>&]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)

// The messages never repeat the query: it is the client's text, not ours.
const tooLong = () => new ClientError(400, `The parameter "q" can be at most ${maxQueryLength} characters long.`, [example])

/** `/search?q=` (HTML form and results) and `/api/search?q=` (JSON). */
export const searchRoutes = new Hono<AppEnv>()
  .get('/search', (c) => {
    const query = readSearchQuery(c.req.query('q'))
    if (query.kind === 'too-long') throw tooLong()
    const text = query.kind === 'ok' ? query.text : ''
    const { meta, body } = searchPage(text, query.kind === 'ok' ? searchStatements(searchIndex(c), text) : undefined)
    return sendPage(c, meta, body, `q-${contentHash(text)}`)
  })
  .get('/api/search', (c) => {
    const query = readSearchQuery(c.req.query('q'))
    if (query.kind === 'too-long') throw tooLong()
    if (query.kind === 'empty')
      throw new ClientError(400, 'The parameter "q" is required: the words to search for.', [{ label: 'q=ceasefire', href: '/api/search?q=ceasefire' }])
    const results = searchStatements(searchIndex(c), query.text)
    const body = { query: query.text, dataVersion: c.var.catalog.dataVersion, count: results.length, results }
    return sendJson(c, body, `search-${contentHash(query.text)}`, inertJson)
  })
