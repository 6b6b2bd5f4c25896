import { Hono, type Context } from 'hono'
import { catalog } from '../factsheet/catalog'
import type { FactSheet } from '../factsheet/model'
import { ClientError } from '../http/errors'
import { negotiate } from '../http/negotiate'
import { sendRepresentation } from '../http/representation'
import { FactSheetPage } from '../render/html/FactSheetPage'
import { factSheetJson } from '../render/json'
import { renderFactSheetPdf } from '../render/pdf'
import { canonicalSlug, findSheet } from './lookup'
import { sendPage } from './page'
import { pdfOptions } from './pdf-options'
import { sendPdf } from './pdf-response'

const offers = ['text/html', 'application/pdf', 'application/json'] as const
type Format = 'html' | 'pdf' | 'json'
const formatOf: Record<(typeof offers)[number], Format> = {
  'text/html': 'html',
  'application/pdf': 'pdf',
  'application/json': 'json',
}

export const sendSheet = (c: Context, sheet: FactSheet, format: Format): Response | Promise<Response> => {
  switch (format) {
    case 'pdf': {
      const options = pdfOptions(c)
      return sendPdf(c, { name: sheet.slug, options, render: () => renderFactSheetPdf(sheet, options) })
    }
    case 'json':
      return sendRepresentation(c, {
        body: JSON.stringify(factSheetJson(sheet, catalog.dataVersion)),
        contentType: 'application/json; charset=utf-8',
        etag: `${catalog.dataVersion}-json-${sheet.slug}`,
      })
    case 'html':
      return sendPage(c, { title: `${sheet.title} — fact sheet`, description: sheet.summary }, <FactSheetPage sheet={sheet} />)
  }
}

/** `/topics/:slug` (HTML, or PDF/JSON by Accept) and `/topics/:slug.pdf`. */
export const topicRoutes = new Hono().get('/topics/:name', (c) => {
  const name = c.req.param('name')
  const [, slug = name, extension] = /^(.*?)(?:\.(pdf|json))?$/.exec(name) ?? []
  const canonical = canonicalSlug(slug)
  if (canonical) return c.redirect(`/topics/${canonical}${extension ? `.${extension}` : ''}`, 301)
  const sheet = findSheet(slug)
  if (extension === 'pdf' || extension === 'json') return sendSheet(c, sheet, extension)
  const type = negotiate(c.req.header('Accept'), offers)
  if (!type) throw new ClientError(406, `This fact sheet is available as: ${offers.join(', ')}.`, offers.map((o) => ({ label: o })))
  return sendSheet(c, sheet, formatOf[type])
})
