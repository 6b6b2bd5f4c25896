import type { Child } from 'hono/jsx'
import { contentHash } from '../factsheet/data-version'
import { Layout } from '../render/html/Layout'
import { stylesheet } from '../render/html/styles'
import { sendRepresentation } from '../http/representation'
import type { AppContext } from './env'

export const stylesheetHref = `/style.css?v=${contentHash(stylesheet)}`

export interface PageMeta {
  title: string
  description: string
}

/** Renders a whole HTML document (never streamed) to a string. */
export const renderDocument = (c: AppContext, meta: PageMeta, body: Child): string => {
  const origin = new URL(c.req.url).origin
  const page = (
    // The catalog is missing only when loading it failed and this is the error page saying so.
    <Layout {...meta} path={c.req.path} origin={origin} stylesheetHref={stylesheetHref} dataVersion={c.var.catalog?.dataVersion ?? 'unavailable'} story={c.var.catalog?.story}>
      {body}
    </Layout>
  )
  return `<!DOCTYPE html>${page.toString()}`
}

/**
 * Sends an HTML page with a strong ETag derived from the data, the path and the origin it links to.
 * The query string is not part of it: a page whose content a parameter changes names that in `variant`.
 */
export const sendPage = (c: AppContext, meta: PageMeta, body: Child, variant = ''): Response =>
  sendRepresentation(c, {
    body: renderDocument(c, meta, body),
    contentType: 'text/html; charset=utf-8',
    etag: `${c.var.catalog.dataVersion}-html-${contentHash(c.req.url.split('?')[0] ?? '')}${variant && `-${variant}`}`,
  })
