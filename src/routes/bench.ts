import { Hono } from 'hono'
import { setMetric, timing } from 'hono/timing'
import { ClientError } from '../http/errors'
import { renderFactSheetPdf } from '../render/pdf'
import { findSheet } from './lookup'
import { pdfOptions } from './pdf-options'
import type { AppEnv } from './env'


const maxRenders = 200

const rendersOf = (raw: string | undefined): number => {
  const n = raw === undefined ? 1 : Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > maxRenders)
    throw new ClientError(400, `The parameter "n" must be a whole number from 1 to ${maxRenders}.`, [{ label: 'n=20' }])
  return n
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] ?? 0

/**
 * Routes for `npm run bench`: briefs rendered on every request, bypassing every cache, timed inside the isolate.
 * They answer only when the var BENCH_ROUTES is "on" (`wrangler dev` started by the bench); otherwise 404.
 */
export const benchRoutes = new Hono<AppEnv>()
  .use('/__bench/*', async (c, next) => (c.env?.BENCH_ROUTES === 'on' ? next() : c.notFound()))
  .use('/__bench/*', timing({ crossOrigin: false }))
  // One uncached render per request, for load tests of the render path.
  .get('/__bench/render/:slug', async (c) => {
    const sheet = findSheet(c, c.req.param('slug'))
    const bytes = await renderFactSheetPdf(sheet, pdfOptions(c))
    return c.body(bytes as unknown as ArrayBuffer, 200, { 'Content-Type': 'application/pdf', 'Cache-Control': 'no-store', 'X-Brief-Source': 'render' })
  })
  // `n` uncached renders of one brief with performance.now() around each (workerd may coarsen that clock).
  .get('/__bench/timings/:slug', async (c) => {
    const sheet = findSheet(c, c.req.param('slug'))
    const options = pdfOptions(c)
    const n = rendersOf(c.req.query('n'))
    const ms: number[] = []
    let bytes = 0
    const first = performance.now()
    for (let i = 0; i < n; i++) {
      const started = performance.now()
      const pdf = await renderFactSheetPdf(sheet, options)
      ms.push(performance.now() - started)
      bytes = pdf.length
    }
    // One interval around the loop: its mean stays precise when the clock ticks in whole milliseconds.
    const totalMs = performance.now() - first
    const sorted = [...ms].sort((a, b) => a - b)
    setMetric(c, 'render', median(sorted), `median of ${n} uncached renders`)
    return c.json({ slug: sheet.slug, paper: options.paper, n, bytes, ms, medianMs: median(sorted), totalMs }, 200, { 'Cache-Control': 'no-store' })
  })
