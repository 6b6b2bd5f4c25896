import { Hono } from 'hono'
import { IndexPage } from '../render/html/IndexPage'
import { stylesheet } from '../render/html/styles'
import { contentHash } from '../factsheet/data-version'
import { sendRepresentation } from '../http/representation'
import { sendPage } from './page'
import type { AppEnv } from './env'

/** The index of topics and the stylesheet. */
export const home = new Hono<AppEnv>()
  .get('/', (c) =>
    sendPage(
      c,
      {
        title: `Who stands where: fact sheets on ${c.var.catalog.story.title}`,
        description: `Per-topic fact sheets: what ${c.var.catalog.story.actors.map((a) => a.name).join(', ')} said, each quote traced to its source paragraph.`,
      },
      <IndexPage sheets={c.var.catalog.sheets} story={c.var.catalog.story} />,
    ),
  )
  .get('/style.css', (c) => {
    const res = sendRepresentation(c, { body: stylesheet, contentType: 'text/css; charset=utf-8', etag: contentHash(stylesheet) })
    // The URL carries the stylesheet's hash, so a given URL never changes.
    if (c.req.query('v')) res.headers.set('Cache-Control', 'public, max-age=31536000, immutable')
    return res
  })
