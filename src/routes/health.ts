import { Hono } from 'hono'
import packageJson from '../../package.json'
import { catalog } from '../factsheet/catalog'

/** Liveness and what data this deployment serves; never cached. */
export const healthRoutes = new Hono().get('/healthz', (c) =>
  c.json(
    {
      status: 'ok',
      dataVersion: catalog.dataVersion,
      topics: catalog.sheets.length,
      articles: catalog.corpus.articles.length,
      version: packageJson.version,
    },
    200,
    { 'Cache-Control': 'no-store' },
  ),
)
