import { Hono } from 'hono'
import { catalog } from '../factsheet/catalog'
import { buildPositionMatrix } from '../factsheet/matrix'
import { MatrixPage } from '../render/html/MatrixPage'
import { matrixJson } from '../render/json-matrix'
import { matrixMarkdown } from '../render/markdown/matrix'
import { renderMatrixPdf } from '../render/pdf'
import { sendMarkdown } from './markdown'
import { sendPage } from './page'
import { pdfOptions } from './pdf-options'
import { sendJson } from './json-response'
import { sendPdf } from './pdf-response'

/** The position matrix (topics by actors) as HTML, Markdown, JSON and a one-page landscape PDF. */
export const matrixRoutes = new Hono()
  .get('/matrix', (c) =>
    sendPage(
      c,
      {
        title: 'Position matrix: who stands where on each topic — fact sheets',
        description: 'Every topic against the US, Ukraine, Russia, China and NATO: each cell the stance, linking to the quoted statements.',
      },
      <MatrixPage matrix={buildPositionMatrix(catalog.sheets)} />,
    ),
  )
  .get('/matrix.md', (c) =>
    sendMarkdown(c, { name: 'matrix', render: (origin) => matrixMarkdown(buildPositionMatrix(catalog.sheets), { origin, dataVersion: catalog.dataVersion }) }),
  )
  .get('/matrix.pdf', (c) => {
    const options = pdfOptions(c)
    return sendPdf(c, { name: 'matrix', options, render: () => renderMatrixPdf(buildPositionMatrix(catalog.sheets), options) })
  })
  .get('/api/matrix', (c) =>
    sendJson(c, matrixJson(buildPositionMatrix(catalog.sheets), catalog.dataVersion), 'matrix'),
  )
