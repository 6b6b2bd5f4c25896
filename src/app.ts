import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { requestLog } from './http/request-log'
import { actorRoutes } from './routes/actors'
import { apiRoutes } from './routes/api'
import { benchRoutes } from './routes/bench'
import { briefRoutes } from './routes/briefs'
import { handleError, sendError } from './routes/errors'
import { healthRoutes } from './routes/health'
import { home } from './routes/home'
import { topicSuggestions } from './routes/lookup'
import type { AppEnv } from './routes/env'
import type { CatalogSource } from './source/source'
import { matrixRoutes } from './routes/matrix'
import { searchRoutes } from './routes/search'
import { sourceRoutes } from './routes/sources'
import { timelineRoutes } from './routes/timeline'
import { topicRoutes } from './routes/topics'

const allowedMethods = 'GET, HEAD, OPTIONS'
const maxUrlLength = 2048

/** The Worker app serving what `source` holds; the one place routes, middleware and error handling meet. */
export const createApp = (source: CatalogSource): Hono<AppEnv> => {
  const app = new Hono<AppEnv>()

  app.use(requestLog())
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      referrerPolicy: 'strict-origin-when-cross-origin',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
    }),
  )

  // Everything here is read-only: GET and HEAD (Hono answers HEAD from the GET route without a body).
  app.use(async (c, next) => {
    const method = c.req.method
    if (method === 'OPTIONS') return c.body(null, 204, { Allow: allowedMethods })
    if (method !== 'GET' && method !== 'HEAD')
      return sendError(c, { status: 405, message: `This site only answers ${allowedMethods}.`, suggestions: [] }, { Allow: allowedMethods })
    if (c.req.url.length > maxUrlLength)
      return sendError(c, { status: 414, message: `Addresses longer than ${maxUrlLength} characters are not served here.`, suggestions: [] })
    // The raw, still percent-encoded path: a decoded one could put control bytes into the Location header.
    const { pathname, search } = new URL(c.req.url)
    if (pathname.length > 1 && pathname.endsWith('/')) {
      const trimmed = pathname.replace(/\/+$/, '')
      if (!trimmed.startsWith('//')) return c.redirect(`${trimmed || '/'}${search}`, 301)
    }
    return next()
  })

  app.use(async (c, next) => {
    c.set('catalog', await source.catalog(c.env))
    return next()
  })

  app.route('/', home)
  app.route('/', topicRoutes)
  app.route('/', apiRoutes)
  app.route('/', sourceRoutes)
  app.route('/', briefRoutes)
  app.route('/', healthRoutes)
  app.route('/', searchRoutes)
  app.route('/', timelineRoutes)
  app.route('/', matrixRoutes)
  app.route('/', actorRoutes)
  app.route('/', benchRoutes) // 404 unless the var BENCH_ROUTES is "on" (npm run bench)

  app.notFound((c) =>
    sendError(c, {
      status: 404,
      message: 'Nothing lives at this address.',
      suggestions: topicSuggestions(c),
    }),
  )

  app.onError(handleError)
  return app
}
