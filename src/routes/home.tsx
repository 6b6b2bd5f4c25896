import { Hono } from 'hono'
import { catalog } from '../factsheet/catalog'
import { IndexPage } from '../render/html/IndexPage'
import { stylesheet } from '../render/html/styles'
import { contentHash } from '../factsheet/data-version'
import { sendRepresentation } from '../http/representation'
import { sendPage } from './page'

/** The index of topics and the stylesheet. */
export const home = new Hono()
  .get('/', (c) =>
    sendPage(
      c,
      {
        title: 'Who stands where: fact sheets on the Xi–Putin talks, March 2023',
        description: 'Per-topic fact sheets: what the US, Ukraine, Russia, China and NATO said, each quote traced to its source paragraph.',
      },
      <IndexPage sheets={catalog.sheets} />,
    ),
  )
  .get('/style.css', (c) => {
    const res = sendRepresentation(c, { body: stylesheet, contentType: 'text/css; charset=utf-8', etag: contentHash(stylesheet) })
    // The URL carries the stylesheet's hash, so a given URL never changes.
    if (c.req.query('v')) res.headers.set('Cache-Control', 'public, max-age=31536000, immutable')
    return res
  })
