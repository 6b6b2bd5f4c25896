import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ClientError } from '../../src/http/errors'
import type { AppEnv } from '../../src/routes/env'
import { handleError } from '../../src/routes/errors'

const appThrowing = (error: Error) =>
  new Hono<AppEnv>()
    .get('/page', () => {
      throw error
    })
    .get('/api/thing', () => {
      throw error
    })
    .onError(handleError)

describe('handleError', () => {
  afterEach(() => vi.restoreAllMocks())

  it('logs an unexpected error once, as one JSON line with its stack, and answers 500 without its text', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await appThrowing(new Error('secret <b>detail</b>')).request('/page')
    expect(res.status).toBe(500)
    const body = await res.text()
    expect(body).toContain('could not be produced')
    expect(body).not.toContain('secret')
    expect(body).not.toMatch(/at \S+ \(/)
    expect(log).toHaveBeenCalledTimes(1)
    const entry = JSON.parse(String(log.mock.calls[0]![0]))
    expect(entry).toMatchObject({ level: 'error', path: '/page', message: 'secret <b>detail</b>' })
    expect(entry.stack).toContain('secret')
  })

  it('answers API paths with a JSON error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await appThrowing(new Error('boom')).request('/api/thing')
    expect(res.status).toBe(500)
    expect(await res.json()).toEqual({ error: { status: 500, message: expect.stringContaining('logged'), suggestions: [] } })
  })

  it('renders a client error with its own status and message and logs nothing', async () => {
    const log = vi.spyOn(console, 'error')
    const res = await appThrowing(new ClientError(400, 'The parameter "paper" must be one of: a4, letter.')).request('/page')
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('must be one of: a4, letter')
    expect(log).not.toHaveBeenCalled()
  })
})
