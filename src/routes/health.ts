import { Hono } from 'hono'
import packageJson from '../../package.json'
import type { AppEnv } from './env'

/** Liveness and what data this deployment serves; never cached. */
export const healthRoutes = new Hono<AppEnv>().get('/healthz', (c) =>
  c.json(
    {
      status: 'ok',
      dataVersion: c.var.catalog.dataVersion,
      topics: c.var.catalog.sheets.length,
      articles: c.var.catalog.corpus.articles.length,
      version: packageJson.version,
    },
    200,
    { 'Cache-Control': 'no-store' },
  ),
)
