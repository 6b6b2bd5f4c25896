import type { Context } from 'hono'

export interface Representation {
  body: string | Uint8Array
  contentType: string
  /** Opaque, deterministic for the same data and request; sent quoted as a strong ETag. */
  etag: string
  /** Sets Content-Disposition: attachment with this (already safe) file name. */
  download?: string
}

/** Curated data changes only with a deploy, and the ETag lets caches revalidate cheaply after that. */
export const cacheControl = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=86400'

/** True when an If-None-Match header names this entity tag (weak comparison, as RFC 9110 asks for GET). */
export const etagMatches = (ifNoneMatch: string | undefined, etag: string): boolean => {
  if (!ifNoneMatch || ifNoneMatch.length > 4096) return false
  if (ifNoneMatch.trim() === '*') return true
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === `"${etag}"`)
}

/** Sends a representation with validators, or 304 when the client already holds it. */
export const sendRepresentation = (c: Context, r: Representation): Response => {
  const headers: Record<string, string> = {
    ETag: `"${r.etag}"`,
    'Cache-Control': cacheControl,
    Vary: 'Accept',
  }
  if (etagMatches(c.req.header('If-None-Match'), r.etag)) return c.body(null, 304, headers)
  headers['Content-Type'] = r.contentType
  if (r.download) headers['Content-Disposition'] = `attachment; filename="${r.download}"`
  return c.body(r.body as string | ArrayBuffer, 200, headers)
}
