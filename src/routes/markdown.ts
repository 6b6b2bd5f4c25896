import { contentHash } from '../factsheet/data-version'
import { sendRepresentation } from '../http/representation'
import type { AppContext } from './env'

export const markdownType = 'text/markdown; charset=utf-8'

/** The origin absolute links in Markdown point at: the one the request came to. */
export const markdownOrigin = (c: AppContext): string => new URL(c.req.url).origin

/** Sends Markdown inline (it is for reading and pasting); the ETag covers the origin its links carry. */
export const sendMarkdown = (c: AppContext, { name, render }: { name: string; render: (origin: string) => string }): Response => {
  const origin = markdownOrigin(c)
  return sendRepresentation(c, {
    body: render(origin),
    contentType: markdownType,
    etag: `${c.var.catalog.dataVersion}-md-${name}-${contentHash(origin)}`,
  })
}
