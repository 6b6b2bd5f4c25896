import { Hono } from 'hono'
import { catalog } from '../factsheet/catalog'
import { contentHash } from '../factsheet/data-version'
import { sendRepresentation } from '../http/representation'
import { TimelinePage } from '../render/html/TimelinePage'
import { timelineJson } from '../render/json'
import { renderDocument } from './page'

const { timeline, dataVersion: version } = catalog

/** `/timeline` (HTML) and `/api/timeline` (JSON): every dated event with its sources. */
export const timelineRoutes = new Hono()
  .get('/timeline', (c) =>
    sendRepresentation(c, {
      body: renderDocument(
        c,
        { title: 'Timeline — fact sheets', description: 'Every dated event in the five reports on the Xi–Putin talks, with its sources.' },
        <TimelinePage timeline={timeline} />,
      ),
      contentType: 'text/html; charset=utf-8',
      etag: `${version}-html-${contentHash(c.req.url.split('?')[0] ?? '')}`,
    }),
  )
  .get('/api/timeline', (c) =>
    sendRepresentation(c, {
      body: JSON.stringify(timelineJson(timeline, catalog.dataVersion)),
      contentType: 'application/json; charset=utf-8',
      etag: `${version}-json-timeline`,
    }),
  )
