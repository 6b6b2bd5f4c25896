import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import app from '../../src/index'
import { forgetRenderedBriefs } from '../../src/routes/pdf-response'

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
