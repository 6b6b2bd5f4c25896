import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { requestLog } from '../../src/http/request-log'

const appLogging = (lines: string[]) =>
  new Hono()
    .use(requestLog((line) => lines.push(line)))
    .get('/brief.pdf', (c) => c.body('x', 200, { 'Content-Type': 'application/pdf', 'X-Brief-Source': 'render' }))
    .get('/page', (c) => c.html('<p>x</p>'))

describe('requestLog', () => {
  it('writes one JSON line per request with method, path, status, format, cache and request id', async () => {
    const lines: string[] = []
    await appLogging(lines).request('/brief.pdf?email=someone@example.org', { headers: { 'cf-ray': '8a1b2c3d4e5f-LHR' } })
    expect(lines).toHaveLength(1)
    const entry = JSON.parse(lines[0]!)
    expect(entry).toMatchObject({ method: 'GET', path: '/brief.pdf', status: 200, format: 'pdf', cache: 'miss', requestId: '8a1b2c3d4e5f-LHR' })
    expect(typeof entry.ms).toBe('number')
  })

  it('never logs the query string', async () => {
    const lines: string[] = []
    await appLogging(lines).request('/page?name=Jane%20Doe&token=secret')
    expect(lines.join('\n')).not.toMatch(/Jane|secret|\?/)
  })

  it('logs 404s as well, with a null request id off Cloudflare', async () => {
    const lines: string[] = []
    await appLogging(lines).request('/missing')
    expect(JSON.parse(lines[0]!)).toMatchObject({ status: 404, requestId: null })
  })
})
