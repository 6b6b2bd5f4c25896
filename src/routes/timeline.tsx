import { Hono } from 'hono'
import { TimelinePage } from '../render/html/TimelinePage'
import { timelineJson } from '../render/json'
import { sendJson } from './json-response'
import { sendPage } from './page'
import type { AppEnv } from './env'

/** `/timeline` (HTML) and `/api/timeline` (JSON): every dated event with its sources. */
export const timelineRoutes = new Hono<AppEnv>()
  .get('/timeline', (c) =>
    sendPage(
      c,
      { title: 'Timeline — fact sheets', description: `Every dated event in ${c.var.catalog.story.corpusName}, with its sources.` },
      <TimelinePage timeline={c.var.catalog.timeline} />,
    ),
  )
  .get('/api/timeline', (c) =>
    sendJson(c, timelineJson(c.var.catalog.timeline, c.var.catalog.dataVersion), 'timeline'),
  )
