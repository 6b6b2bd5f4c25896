import { Hono } from 'hono'
import { renderCollectionPdf } from '../render/pdf'
import { pdfOptions } from './pdf-options'
import { sendPdf } from './pdf-response'
import type { AppEnv } from './env'

/** Every topic in one PDF, with a table of contents. */
export const briefRoutes = new Hono<AppEnv>().get('/briefs/all.pdf', (c) => {
  const options = pdfOptions(c)
  return sendPdf(c, { name: 'all', options, render: () => renderCollectionPdf(c.var.catalog.sheets, options) })
})
