import { Hono } from 'hono'
import { filterActors } from '../factsheet/filter-actors'
import type { FactSheet } from '../factsheet/model'
import { ClientError } from '../http/errors'
import { negotiate } from '../http/negotiate'
import { ActorFilterNotice } from '../render/html/ActorFilterNotice'
import { FactSheetPage } from '../render/html/FactSheetPage'
import { factSheetJson } from '../render/json'
import { filteredFactSheetJson } from '../render/json-actor-filter'
import { factSheetMarkdown } from '../render/markdown/fact-sheet'
import { renderFactSheetPdf } from '../render/pdf'
import { actorFilter } from './actor-filter'
import { canonicalSlug, findSheet } from './lookup'
import { sendMarkdown } from './markdown'
import { sendPage } from './page'
import { pdfOptions } from './pdf-options'
import { sendJson } from './json-response'
import { sendPdf } from './pdf-response'
import type { AppEnv, AppContext } from './env'

const offers = ['text/html', 'application/pdf', 'application/json', 'text/markdown'] as const
type Format = 'html' | 'pdf' | 'json' | 'md'
const formatOf: Record<(typeof offers)[number], Format> = {
  'text/html': 'html',
  'application/pdf': 'pdf',
  'application/json': 'json',
  'text/markdown': 'md',
}

/** A topic's HTML page: its title and description, and the fact sheet. */
export const factSheetPage = (sheet: FactSheet) => ({
  meta: { title: `${sheet.title} — fact sheet`, description: sheet.summary },
  body: <FactSheetPage sheet={sheet} />,
})

/** Sends a fact sheet in one format, narrowed by `?actors=` when given; every ETag names the filter. */
export const sendSheet = (c: AppContext, whole: FactSheet, format: Format): Response | Promise<Response> => {
  const filter = actorFilter(c)
  const { actorIds } = c.var.catalog
  const sheet = filter ? filterActors(whole, filter.actors, actorIds) : whole
  const suffix = filter ? `-actors-${filter.key}` : ''
  switch (format) {
    case 'pdf': {
      const options = pdfOptions(c)
      return sendPdf(c, { name: sheet.slug, variant: filter?.actors.join('-'), options, render: () => renderFactSheetPdf(sheet, options) })
    }
    case 'json':
      return sendJson(
        c,
        filter ? filteredFactSheetJson(sheet, c.var.catalog.dataVersion, filter.actors, actorIds) : factSheetJson(sheet, c.var.catalog.dataVersion),
        `${sheet.slug}${suffix}`,
      )
    case 'md':
      return sendMarkdown(c, {
        name: `${sheet.slug}${suffix}`,
        render: (origin) => factSheetMarkdown(sheet, { origin, dataVersion: c.var.catalog.dataVersion, actorFilter: filter?.query }),
      })
    case 'html': {
      const { meta, body } = factSheetPage(sheet)
      if (!filter) return sendPage(c, meta, body)
      const names = sheet.positions.map((p) => p.actorName).join(', ')
      const filtered = (
        <>
          <ActorFilterNotice sheet={sheet} query={filter.query} />
          {body}
        </>
      )
      return sendPage(c, { ...meta, title: `${sheet.title} — ${names} — fact sheet` }, filtered, `actors-${filter.key}`)
    }
  }
}

/** `/topics/:slug` (HTML, or PDF/JSON/Markdown by Accept), `/topics/:slug.pdf`, `.json` and `.md`. */
export const topicRoutes = new Hono<AppEnv>().get('/topics/:name', (c) => {
  const name = c.req.param('name')
  const [, slug = name, extension] = /^(.*?)(?:\.(pdf|json|md))?$/.exec(name) ?? []
  const canonical = canonicalSlug(c, slug)
  if (canonical) return c.redirect(`/topics/${canonical}${extension ? `.${extension}` : ''}${new URL(c.req.url).search}`, 301)
  const sheet = findSheet(c, slug)
  if (extension === 'pdf' || extension === 'json' || extension === 'md') return sendSheet(c, sheet, extension)
  const type = negotiate(c.req.header('Accept'), offers)
  if (!type) throw new ClientError(406, `This fact sheet is available as: ${offers.join(', ')}.`, offers.map((o) => ({ label: o })))
  return sendSheet(c, sheet, formatOf[type])
})
