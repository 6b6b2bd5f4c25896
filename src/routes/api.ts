import { Hono } from 'hono'
import { topicsIndexJson } from '../render/json'
import { findSheet } from './lookup'
import { sendJson } from './json-response'
import { sendSheet } from './topics'
import type { AppEnv } from './env'

/** The JSON API: the topic index and each fact sheet. */
export const apiRoutes = new Hono<AppEnv>()
  .get('/api/topics', (c) =>
    sendJson(c, topicsIndexJson(c.var.catalog.sheets, c.var.catalog.dataVersion), 'index'),
  )
  .get('/api/topics/:slug', (c) => sendSheet(c, findSheet(c, c.req.param('slug')), 'json'))
