import type { MiddlewareHandler } from 'hono'

const formatOf = (contentType: string | null): string => {
  if (!contentType) return 'none'
  if (contentType.startsWith('text/html')) return 'html'
  if (contentType.startsWith('application/pdf')) return 'pdf'
  if (contentType.startsWith('application/json')) return 'json'
  if (contentType.startsWith('text/markdown')) return 'markdown'
  if (contentType.startsWith('text/css')) return 'css'
  return 'other'
}

const cacheOf = (res: Response): string => {
  if (res.status === 304) return 'revalidated'
  const source = res.headers.get('X-Brief-Source')
  if (!source) return 'none'
  return source === 'render' ? 'miss' : 'hit'
}

/**
 * One JSON line per request. Logs the path without its query string, which could carry personal data.
 * Workers freezes timers between I/O, so `ms` is coarse in production and exact under wrangler dev.
 */
export const requestLog =
  (write: (line: string) => void = console.log): MiddlewareHandler =>
  async (c, next) => {
    const started = performance.now()
    await next()
    write(
      JSON.stringify({
        method: c.req.method,
        path: c.req.path.slice(0, 256),
        status: c.res.status,
        format: formatOf(c.res.headers.get('Content-Type')),
        cache: cacheOf(c.res),
        ms: Math.round((performance.now() - started) * 100) / 100,
        requestId: c.req.header('cf-ray') ?? null,
      }),
    )
  }
