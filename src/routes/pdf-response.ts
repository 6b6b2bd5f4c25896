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

interface Brief {
  bytes: Uint8Array
  /** X-Brief-Source: `isolate`, `cache-api`, `render`, or `in-flight` (waited for another request's render). */
  source: string
}

/** Briefs being fetched or rendered in this isolate, by ETag: concurrent requests for one brief share one render. */
const inFlight = new Map<string, Promise<Brief>>()

/** Runs `produce` once per key at a time; requests arriving meanwhile wait for the same promise (and its error). */
const singleFlight = async (key: string, produce: () => Promise<Brief>): Promise<Brief> => {
  const pending = inFlight.get(key)
  if (pending) return { bytes: (await pending).bytes, source: 'in-flight' }
  const work = produce()
  inFlight.set(key, work)
  try {
    return await work
  } finally {
    inFlight.delete(key)
  }
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
  // A4 is the default paper; a Letter copy says so in its name, so both can sit in one folder.
  headers['Content-Disposition'] = `attachment; filename="${name}${variant ? `-${variant}` : ''}${options.paper === 'a4' ? '' : `-${options.paper}`}.pdf"`
  const known = rendered.get(etag)
  const { bytes, source } = known
    ? { bytes: known, source: 'isolate' }
    : await singleFlight(etag, () => fetchOrRender(c, `${options.origin}/__briefs/${etag}.pdf`, etag, render))
  headers['X-Brief-Source'] = source
  return c.body(bytes as unknown as ArrayBuffer, 200, headers)
}

/** A brief from the Workers Cache API, or rendered and put there; kept in this isolate either way. */
const fetchOrRender = async (c: AppContext, cacheKey: string, etag: string, render: () => Promise<Uint8Array>): Promise<Brief> => {
  const cached = await workersCache()?.match(cacheKey)
  let brief: Brief
  if (cached) brief = { bytes: new Uint8Array(await cached.arrayBuffer()), source: 'cache-api' }
  else {
    brief = { bytes: await render(), source: 'render' }
    const cache = workersCache()
    if (cache) waitUntil(c, cache.put(cacheKey, new Response(brief.bytes, { headers: { 'Content-Type': 'application/pdf', 'Cache-Control': 'public, max-age=86400' } })))
  }
  remember(etag, brief.bytes)
  return brief
}
