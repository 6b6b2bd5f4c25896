import type { Child } from 'hono/jsx'
import type { Catalog } from '../factsheet/catalog'
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

/** What a page's frame reads of its request: the URL (for the origin), the path and the catalog. */
export interface PageRequest {
  url: string
  path: string
  /** Missing only when loading it failed and this is the error page saying so. */
  catalog?: Catalog
}

/** Renders a whole HTML document (never streamed) to a string. */
export const renderPage = ({ url, path, catalog }: PageRequest, meta: PageMeta, body: Child): string => {
  const page = (
    <Layout {...meta} path={path} origin={new URL(url).origin} stylesheetHref={stylesheetHref} dataVersion={catalog?.dataVersion ?? 'unavailable'} story={catalog?.story}>
      {body}
    </Layout>
  )
  return `<!DOCTYPE html>${page.toString()}`
}

/** The page `c` asks for, as renderPage makes it. */
export const renderDocument = (c: AppContext, meta: PageMeta, body: Child): string =>
  renderPage({ url: c.req.url, path: c.req.path, catalog: c.var.catalog }, meta, body)

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
