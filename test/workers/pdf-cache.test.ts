import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import app from '../../src/index'
import { forgetRenderedBriefs } from '../../src/routes/pdf-response'
import type { AppEnv } from '../../src/routes/env'
import { catalog } from '../support/catalog'

const fetchBrief = async (url: string) => {
  const ctx = createExecutionContext()
  const res = await app.fetch(new Request(url), env, ctx)
  const bytes = new Uint8Array(await res.arrayBuffer())
  await waitOnExecutionContext(ctx)
  return { source: res.headers.get('X-Brief-Source'), etag: res.headers.get('ETag'), bytes }
}

describe('PDF caching', () => {
  it('renders once, then a new isolate is served from the Workers Cache API without rendering', async () => {
    const url = 'https://cache-test.example/topics/lethal-aid.pdf?paper=letter'
    const first = await fetchBrief(url)
    expect(first.source).toBe('render')
    forgetRenderedBriefs()
    const second = await fetchBrief(url)
    expect(second.source).toBe('cache-api')
    expect(second.bytes).toEqual(first.bytes)
    const third = await fetchBrief(url)
    expect(third.source).toBe('isolate')
  })

  it('keys the cache by topic, paper and origin', async () => {
    const a4 = await fetchBrief('https://cache-test.example/topics/energy-trade.pdf')
    const letter = await fetchBrief('https://cache-test.example/topics/energy-trade.pdf?paper=letter')
    const otherHost = await fetchBrief('https://elsewhere.example/topics/energy-trade.pdf')
    expect(new Set([a4.etag, letter.etag, otherHost.etag]).size).toBe(3)
    expect(letter.source).toBe('render')
    expect(otherHost.source).toBe('render')
  })
})

describe('concurrent requests for one brief', () => {
  it('render it once: the others wait for that render and get the same bytes', async () => {
    forgetRenderedBriefs()
    const url = 'https://single-flight.example/topics/icc-warrant.pdf?paper=letter'
    const briefs = await Promise.all(Array.from({ length: 50 }, () => fetchBrief(url)))
    const sources = briefs.map((b) => b.source)
    expect(sources.filter((s) => s === 'render')).toHaveLength(1)
    expect(sources.filter((s) => s === 'in-flight')).toHaveLength(49)
    // Compared by hand: toEqual over 50 briefs of ~60 KB each takes seconds.
    const first = briefs[0]?.bytes ?? new Uint8Array()
    expect(briefs.every(({ bytes }) => bytes.length === first.length && bytes.every((x, i) => x === first[i]))).toBe(true)
    // Once done, the brief is the isolate's: no flight left behind.
    expect((await fetchBrief(url)).source).toBe('isolate')
  })

  it('share a failure too, and the next request tries again', async () => {
    const { sendPdf } = await import('../../src/routes/pdf-response')
    const { Hono } = await import('hono')
    let renders = 0
    let fail = true
    const failing = new Hono<AppEnv>()
      .use(async (c, next) => {
        c.set('catalog', catalog)
        await next()
      })
      .get('/x.pdf', (c) =>
      sendPdf(c, {
        name: 'single-flight-failure',
        options: { paper: 'a4', origin: 'https://failure.example' } as never,
        render: async () => {
          renders++
          await new Promise((r) => setTimeout(r, 5))
          if (fail) throw new Error('render failed')
          return new Uint8Array([37, 80, 68, 70])
        },
      }),
    )
    const statuses = await Promise.all(Array.from({ length: 5 }, async () => (await failing.request('/x.pdf')).status))
    expect(statuses).toEqual([500, 500, 500, 500, 500])
    expect(renders).toBe(1)
    fail = false
    expect((await failing.request('/x.pdf')).status).toBe(200)
    expect(renders).toBe(2)
  })
})
