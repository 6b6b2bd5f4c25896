import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import app from '../../src/index'
import { catalog } from '../support/catalog'

const get = (path: string) => exports.default.fetch(`http://localhost${path}`)
const withBenchOn = (path: string) => app.request(path, {}, { BENCH_ROUTES: 'on' })
const slug = catalog.sheets[0]!.slug

describe('bench routes', () => {
  it.each([`/__bench/timings/${slug}`, `/__bench/render/${slug}`, '/__bench/anything'])('%s is the ordinary 404 by default', async (path) => {
    const res = await get(path)
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')?.toLowerCase()).toBe('text/html; charset=utf-8')
    expect(await res.text()).toContain('Nothing lives at this address.')
  })

  it('stays 404 for any value of BENCH_ROUTES but "on"', async () => {
    const res = await app.request(`/__bench/timings/${slug}`, {}, { BENCH_ROUTES: 'true' })
    expect(res.status).toBe(404)
  })

  it('with BENCH_ROUTES=on, returns n uncached render times and a Server-Timing header', async () => {
    const res = await withBenchOn(`/__bench/timings/${slug}?n=2&paper=letter`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('Server-Timing')).toMatch(/^render;dur=[\d.]+;desc="median of 2 uncached renders"/)
    const body = (await res.json()) as { slug: string; paper: string; n: number; bytes: number; ms: number[]; medianMs: number; totalMs: number }
    expect(body).toMatchObject({ slug, paper: 'letter', n: 2 })
    expect(body.ms).toHaveLength(2)
    expect(typeof body.totalMs).toBe('number')
    expect(body.bytes).toBeGreaterThan(1000)
  })

  it('with BENCH_ROUTES=on, renders a PDF on every request without caching it', async () => {
    const res = await withBenchOn(`/__bench/render/${slug}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/pdf')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('X-Brief-Source')).toBe('render')
    expect(new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
  })

  it.each(['0', '201', '1.5', 'x'])('rejects n=%s with a 400 naming the parameter', async (n) => {
    const res = await withBenchOn(`/__bench/timings/${slug}?n=${n}`)
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('The parameter &quot;n&quot; must be a whole number from 1 to 200.')
  })

  it('answers an unknown topic with the usual 404', async () => {
    expect((await withBenchOn('/__bench/timings/no-such-topic')).status).toBe(404)
  })
})
