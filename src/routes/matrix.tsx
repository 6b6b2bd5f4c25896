import { Hono } from 'hono'
import { MatrixPage } from '../render/html/MatrixPage'
import { matrixJson } from '../render/json-matrix'
import { matrixMarkdown } from '../render/markdown/matrix'
import { renderMatrixPdf } from '../render/pdf'
import { sendMarkdown } from './markdown'
import { sendPage } from './page'
import { pdfOptions } from './pdf-options'
import { sendJson } from './json-response'
import { sendPdf } from './pdf-response'
import type { AppEnv } from './env'

/** The position matrix (topics by actors) as HTML, Markdown, JSON and a one-page landscape PDF. */
export const matrixRoutes = new Hono<AppEnv>()
  .get('/matrix', (c) =>
    sendPage(
      c,
      {
        title: 'Position matrix: who stands where on each topic — fact sheets',
        description: `Every topic against ${c.var.catalog.story.actors.map((a) => a.name).join(', ')}: each cell the stance, linking to the quoted statements.`,
      },
      <MatrixPage matrix={c.var.catalog.matrix()} />,
    ),
  )
  .get('/matrix.md', (c) =>
    sendMarkdown(c, { name: 'matrix', render: (origin) => matrixMarkdown(c.var.catalog.matrix(), { origin, dataVersion: c.var.catalog.dataVersion }) }),
  )
  .get('/matrix.pdf', (c) => {
    const options = pdfOptions(c)
    return sendPdf(c, { name: 'matrix', options, render: () => renderMatrixPdf(c.var.catalog.matrix(), options) })
  })
  .get('/api/matrix', (c) =>
    sendJson(c, matrixJson(c.var.catalog.matrix(), c.var.catalog.dataVersion), 'matrix'),
  )
