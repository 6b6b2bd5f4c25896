import { Hono } from 'hono'
import { catalog } from '../factsheet/catalog'
import { renderCollectionPdf } from '../render/pdf'
import { pdfOptions } from './pdf-options'
import { sendPdf } from './pdf-response'

/** Every topic in one PDF, with a table of contents. */
export const briefRoutes = new Hono().get('/briefs/all.pdf', (c) => {
  const options = pdfOptions(c)
  return sendPdf(c, { name: 'all', options, render: () => renderCollectionPdf(catalog.sheets, options) })
})
