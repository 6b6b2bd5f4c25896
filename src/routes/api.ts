import { Hono } from 'hono'
import { catalog } from '../factsheet/catalog'
import { sendRepresentation } from '../http/representation'
import { topicsIndexJson } from '../render/json'
import { findSheet } from './lookup'
import { sendSheet } from './topics'

/** The JSON API: the topic index and each fact sheet. */
export const apiRoutes = new Hono()
  .get('/api/topics', (c) =>
    sendRepresentation(c, {
      body: JSON.stringify(topicsIndexJson(catalog.sheets, catalog.dataVersion)),
      contentType: 'application/json; charset=utf-8',
      etag: `${catalog.dataVersion}-json-index`,
    }),
  )
  .get('/api/topics/:slug', (c) => sendSheet(c, findSheet(c.req.param('slug')), 'json'))
