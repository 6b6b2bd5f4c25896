import { contentHash } from '../factsheet/data-version'
import { cacheControl, etagMatches } from '../http/representation'
import type { PdfOptions } from '../render/pdf'
import type { AppContext } from './env'

/** Rendered briefs of this isolate, by ETag. Bounded: topics x papers x origins is small, but origins are not ours. */
const rendered = new Map<string, Uint8Array>()
const maxRendered = 64

const remember = (etag: string, bytes: Uint8Array) => {
  if (rendered.size >= maxRendered) rendered.delete(rendered.keys().next().value as string)
  rendered.set(etag, bytes)
}

/** Empties this isolate's briefs, as a new isolate would start; lets tests reach the Cache API path. */
export const forgetRenderedBriefs = () => rendered.clear()

const workersCache = (): Cache | undefined => (typeof caches === 'undefined' ? undefined : (caches as unknown as { default?: Cache }).default)

const waitUntil = (c: AppContext, promise: Promise<unknown>) => {
  try {
    c.executionCtx.waitUntil(promise)
  } catch {
    // app.request() in unit tests has no execution context; the put still runs.
    void promise
  }
}

/**
 * Sends a PDF, rendering it only when neither the client (If-None-Match), this isolate,
 * nor the Workers Cache API already holds it. The ETag is known before any render.
 */
export const sendPdf = async (
  c: AppContext,
  {
    name,
    variant,
    options,
    render,
  }: {
    name: string
    /** What else shapes the brief, e.g. an actor filter (`us-china`): part of the cache key and the file name. */
    variant?: string
    options: PdfOptions
    render: () => Promise<Uint8Array>
  },
): Promise<Response> => {
  // `~` never occurs in a slug, so `peace-plan` with variant `us` cannot share a key with a topic named `peace-plan-us`.
  const etag = `${c.var.catalog.dataVersion}-pdf-${name}${variant ? `~${variant}` : ''}-${options.paper}-${contentHash(options.origin)}`
  const headers: Record<string, string> = { ETag: `"${etag}"`, 'Cache-Control': cacheControl, Vary: 'Accept' }
  if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers)

  headers['Content-Type'] = 'application/pdf'
  headers['Content-Disposition'] = `attachment; filename="${name}${variant ? `-${variant}` : ''}.pdf"`
  const cacheKey = `${options.origin}/__briefs/${etag}.pdf`
  let bytes = rendered.get(etag)
  let source = 'isolate'
  if (!bytes) {
    const cached = await workersCache()?.match(cacheKey)
    if (cached) {
      bytes = new Uint8Array(await cached.arrayBuffer())
      source = 'cache-api'
    } else {
      bytes = await render()
      source = 'render'
      const cache = workersCache()
      if (cache) waitUntil(c, cache.put(cacheKey, new Response(bytes, { headers: { 'Content-Type': 'application/pdf', 'Cache-Control': 'public, max-age=86400' } })))
    }
    remember(etag, bytes)
  }
  headers['X-Brief-Source'] = source
  return c.body(bytes as unknown as ArrayBuffer, 200, headers)
}
