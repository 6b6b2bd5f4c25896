import { Hono } from 'hono'
import { catalog } from '../factsheet/catalog'
import { topicsIndexJson } from '../render/json'
import { findSheet } from './lookup'
import { sendJson } from './json-response'
import { sendSheet } from './topics'

/** The JSON API: the topic index and each fact sheet. */
export const apiRoutes = new Hono()
  .get('/api/topics', (c) =>
    sendJson(c, topicsIndexJson(catalog.sheets, catalog.dataVersion), 'index'),
  )
  .get('/api/topics/:slug', (c) => sendSheet(c, findSheet(c.req.param('slug')), 'json'))
