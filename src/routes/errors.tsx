import type { Context } from 'hono'
import { negotiate } from '../http/negotiate'
import { ErrorPage } from '../render/html/ErrorPage'
import { renderDocument } from './page'

export interface ErrorBody {
  status: number
  message: string
  suggestions: { label: string; href?: string }[]
}

const wantsJson = (c: Context) =>
  c.req.path.startsWith('/api/') || negotiate(c.req.header('Accept'), ['text/html', 'application/json'] as const) === 'application/json'

/** Renders an error as JSON for API clients and as a helpful HTML page for everyone else. */
export const sendError = (c: Context, { status, message, suggestions }: ErrorBody, headers: Record<string, string> = {}): Response => {
  const all = { 'Cache-Control': 'no-store', ...headers }
  if (wantsJson(c)) return c.json({ error: { status, message, suggestions } }, status as 400, all)
  const title = status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'Request not understood'
  const html = renderDocument(c, { title: `${title} — fact sheets`, description: message }, <ErrorPage status={status} message={message} suggestions={suggestions} />)
  return c.html(html, status as 400, all)
}
