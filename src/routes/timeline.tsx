import { Hono } from 'hono'
import { catalog } from '../factsheet/catalog'
import { TimelinePage } from '../render/html/TimelinePage'
import { timelineJson } from '../render/json'
import { sendJson } from './json-response'
import { sendPage } from './page'

const { timeline, dataVersion } = catalog

/** `/timeline` (HTML) and `/api/timeline` (JSON): every dated event with its sources. */
export const timelineRoutes = new Hono()
  .get('/timeline', (c) =>
    sendPage(
      c,
      { title: 'Timeline — fact sheets', description: 'Every dated event in the five reports on the Xi–Putin talks, with its sources.' },
      <TimelinePage timeline={timeline} />,
    ),
  )
  .get('/api/timeline', (c) =>
    sendJson(c, timelineJson(timeline, dataVersion), 'timeline'),
  )
