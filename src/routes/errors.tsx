import { HTTPException } from 'hono/http-exception'
import { ClientError } from '../http/errors'
import { negotiate } from '../http/negotiate'
import { ErrorPage } from '../render/html/ErrorPage'
import { renderDocument } from './page'
import type { AppContext } from './env'

export interface ErrorBody {
  status: number
  message: string
  suggestions: { label: string; href?: string }[]
}

const wantsJson = (c: AppContext) =>
  c.req.path.startsWith('/api/') || negotiate(c.req.header('Accept'), ['text/html', 'application/json'] as const) === 'application/json'

/** Renders an error as JSON for API clients and as a helpful HTML page for everyone else. */
export const sendError = (c: AppContext, { status, message, suggestions }: ErrorBody, headers: Record<string, string> = {}): Response => {
  const all = { 'Cache-Control': 'no-store', ...headers }
  if (wantsJson(c)) return c.json({ error: { status, message, suggestions } }, status as 400, all)
  const title = status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'Request not understood'
  const html = renderDocument(c, { title: `${title} — fact sheets`, description: message }, <ErrorPage status={status} message={message} suggestions={suggestions} />)
  return c.html(html, status as 400, all)
}

/**
 * The app's one error handler: client errors render with their own status and message; anything else is
 * logged once, as a JSON line with its stack, and answered 500 without a word of the error's own text.
 */
export const handleError = (err: Error, c: AppContext): Response => {
  if (err instanceof ClientError) return sendError(c, { status: err.status, message: err.message, suggestions: err.suggestions })
  if (err instanceof HTTPException && err.status < 500)
    return sendError(c, { status: err.status, message: 'The request could not be understood.', suggestions: [] })
  console.error(JSON.stringify({ level: 'error', path: c.req.path.slice(0, 256), message: err.message, stack: err.stack }))
  return sendError(c, { status: 500, message: 'The fact sheet could not be produced. The error has been logged.', suggestions: [] })
}
