#!/usr/bin/env node
// npm run bench: our PDF, HTML and JSON renderers beside other ways to make the same PDF, inside workerd,
// under HTTP load, and the Worker's bundle size. Prints tables and writes bench/results.json.
// Everything runs on this machine; HTTP load goes to `wrangler dev` on 127.0.0.1 only, bounded in count and time.
import { execFile, execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { bundleEntry, pdfEntry, projectRoot } from '../bench/bundle.mjs'
import { measureBundle } from '../bench/bundle-size.mjs'
import { startServer } from '../bench/dev-server.mjs'
import { chromiumProcess, chromiumWarmPage } from '../bench/peers/chromium.mjs'
import { fmt, kib, summarize, table } from '../bench/stats.mjs'
import { httpLoads, workerdRenders } from '../bench/workerd.mjs'

const startedAt = performance.now()
const log = (message) => process.stderr.write(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${message}\n`)

const cpuModel = () => {
  try {
    return /^Model name:\s*(.+)$/m.exec(execFileSync('lscpu', { encoding: 'utf8' }))?.[1]?.trim() ?? cpus()[0]?.model
  } catch {
    return cpus()[0]?.model
  }
}
const machine = { cpu: cpuModel(), cores: cpus().length, node: process.version, date: new Date().toISOString() }

/** Runs one measurement of bench/in-process.mjs in its own Node process and returns its JSON. */
const inProcess = async (task, options, timeoutMs = 120_000) => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(projectRoot, 'bench/in-process.mjs'), task, JSON.stringify(options)], {
    cwd: projectRoot,
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  })
  return JSON.parse(stdout.trim().split('\n').at(-1))
}

const median = (xs) => summarize(xs).median
const peerBudget = { warmup: 2, maxRenders: 200, minRenders: 9, budgetMs: 12_000 }
const inProcessPeers = {
  'pdf-lib-helvetica': 'pdf-lib 1.17, Standard-14 Helvetica',
  'pdf-lib-fontkit-full': 'pdf-lib + @pdf-lib/fontkit, full Plex TTF, subset: true',
  'pdf-lib-fontkit-subset': 'pdf-lib + @pdf-lib/fontkit, our Plex subset TTF',
  pdfmake: 'pdfmake 0.3, full Plex TTF in its vfs',
  jspdf: 'jsPDF 4, built-in Helvetica',
}

const results = { machine }
let server
let warm
let fresh
let web
try {
  log('bundling the renderer (scripts/pdf-entry.ts) and the app (bench/app-entry.tsx) with esbuild')
  const pdfBundle = await bundleEntry(pdfEntry)
  const appBundle = await bundleEntry('bench/app-entry.tsx')

  log('bundle size: wrangler deploy --dry-run --minify')
  results.bundle = await measureBundle()

  log('our PDF renderer, warm (270 renders, every topic in turn)')
  warm = await inProcess('ours-pdf', { pdfBundle: pdfBundle.url, renders: 270 })
  log('our PDF renderer, first document in 5 fresh processes')
  fresh = []
  for (let i = 0; i < 5; i++) fresh.push(await inProcess('ours-first', { pdfBundle: pdfBundle.url, topic: i }))
  const freshMedian = Object.fromEntries(Object.keys(fresh[0]).map((k) => [k, median(fresh.map((f) => f[k]))]))
  log('HTML and JSON (renderers and app.fetch)')
  web = await inProcess('ours-html-json', { appBundle: appBundle.url, batch: 20, rounds: 20 })

  results.pdf = {
    medianCpuMs: warm.cpu.median,
    p95CpuMs: warm.cpu.p95,
    minCpuMs: warm.cpu.min,
    maxCpuMs: warm.cpu.max,
    renders: warm.cpu.n,
    medianWallMs: warm.wall.median,
    meanBytes: warm.meanBytes,
    firstMs: freshMedian.firstCpuMs,
    firstWallMs: freshMedian.firstWallMs,
    freshProcesses: fresh.length,
    freshProcess: freshMedian,
  }
  results.startupMs = freshMedian.importCpuMs + freshMedian.sheetsCpuMs
  results.html = { medianCpuMs: web.html.median, p95CpuMs: web.html.p95, appFetchMedianCpuMs: web.htmlApp.median, appFetchP95CpuMs: web.htmlApp.p95, meanBytes: web.htmlBytes }
  results.json = { medianCpuMs: web.json.median, p95CpuMs: web.json.p95, appFetchMedianCpuMs: web.jsonApp.median, appFetchP95CpuMs: web.jsonApp.p95, meanBytes: web.jsonBytes }

  results.peers = {}
  for (const [name, label] of Object.entries(inProcessPeers)) {
    log(`peer: ${label}`)
    const r = await inProcess(name, { pdfBundle: pdfBundle.url, ...peerBudget })
    results.peers[name] = { label, clock: 'cpu', medianMs: r.cpu.median, p95Ms: r.cpu.p95, minMs: r.cpu.min, maxMs: r.cpu.max, n: r.cpu.n, meanBytes: r.meanBytes, ratio: r.cpu.median / warm.cpu.median, info: r.info }
  }
  pdfBundle.remove()
  appBundle.remove()

  log('starting wrangler dev with BENCH_ROUTES=on')
  server = await startServer({ benchRoutes: true })
  const slugs = JSON.parse(await (await fetch(`${server.baseUrl}/api/topics`)).text()).topics.map((t) => t.slug)

  log('peer: Chromium, warm page (navigate + page.pdf())')
  const page = await chromiumWarmPage(server.baseUrl, slugs, { warmup: 2, count: 30, budgetMs: 15_000 })
  results.peers['chromium-page'] = { label: 'Chromium warm page: goto + page.pdf()', clock: 'wall', medianMs: page.wall.median, p95Ms: page.wall.p95, minMs: page.wall.min, maxMs: page.wall.max, n: page.wall.n, meanBytes: page.meanBytes, ratio: page.wall.median / warm.wall.median, info: `page.pdf() alone: median ${fmt(page.pdfOnly.median)} ms` }
  log('peer: Chromium, one process per render (--print-to-pdf)')
  const proc = await chromiumProcess(server.baseUrl, slugs, { count: 5 })
  results.peers['chromium-process'] = { label: 'Chromium process: --headless --print-to-pdf', clock: 'wall', medianMs: proc.wall.median, p95Ms: proc.wall.p95, minMs: proc.wall.min, maxMs: proc.wall.max, n: proc.wall.n, meanBytes: proc.meanBytes, ratio: proc.wall.median / warm.wall.median, info: '' }

  log('inside workerd: /__bench/timings for every topic')
  results.workerd = await workerdRenders(server.baseUrl, slugs, { n: 20 })
  log('HTTP load with autocannon (4 routes, up to 10 s each)')
  results.http = await httpLoads(server.baseUrl, slugs, { connections: 10, timeLimitMs: 10_000 })
} finally {
  await server?.stop()
}

// ---- report ----
const targets = [
  ['PDF median (warm, CPU)', results.pdf.medianCpuMs, 5, 'ms'],
  ['PDF first render (fresh process, CPU)', results.pdf.firstMs, 50, 'ms'],
  ['HTML render median (CPU)', results.html.medianCpuMs, 0.3, 'ms'],
  ['JSON render median (CPU)', results.json.medianCpuMs, 0.1, 'ms'],
  ['start-up: import + fact sheets (CPU)', results.startupMs, 20, 'ms'],
  ['bundle gzip (wrangler)', results.bundle.wranglerGzipKiB, 300, 'KiB'],
].map(([name, value, limit, unit]) => ({ name, value, limit, unit, pass: value !== undefined && value <= limit }))
results.targets = targets
const httpErrors = Object.values(results.http).reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0)
results.durationS = (performance.now() - startedAt) / 1000

const out = []
const ms = (x) => `${fmt(x)} ms`
out.push(`factsheets bench · ${machine.date} · ${machine.cpu} · ${machine.cores} cores · Node ${machine.node} · took ${fmt(results.durationS, 0)} s`)
out.push('', 'Our renderers, in-process (CPU ms: process.cpuUsage, user + system; esbuild bundle as the Worker is built)')
const f = results.pdf.freshProcess
out.push(
  table(
    ['what', 'n', 'median', 'p95', 'min', 'max', 'size'],
    [
      ['PDF brief, warm (A4, every topic in turn)', warm.cpu.n, ms(warm.cpu.median), ms(warm.cpu.p95), ms(warm.cpu.min), ms(warm.cpu.max), kib(warm.meanBytes)],
      ['PDF fresh process: import (corpus, curation, fonts)', fresh.length, ms(f.importCpuMs), '', ms(Math.min(...fresh.map((x) => x.importCpuMs))), ms(Math.max(...fresh.map((x) => x.importCpuMs))), ''],
      ['PDF fresh process: build the fact sheets', fresh.length, ms(f.sheetsCpuMs), '', ms(Math.min(...fresh.map((x) => x.sheetsCpuMs))), ms(Math.max(...fresh.map((x) => x.sheetsCpuMs))), ''],
      ['PDF fresh process: first render', fresh.length, ms(f.firstCpuMs), '', ms(Math.min(...fresh.map((x) => x.firstCpuMs))), ms(Math.max(...fresh.map((x) => x.firstCpuMs))), kib(f.bytes)],
      ['HTML, renderer (GET /topics/:slug body)', web.html.n, ms(web.html.median), ms(web.html.p95), ms(web.html.min), ms(web.html.max), kib(web.htmlBytes)],
      ['HTML, whole app.fetch', web.htmlApp.n, ms(web.htmlApp.median), ms(web.htmlApp.p95), ms(web.htmlApp.min), ms(web.htmlApp.max), ''],
      ['JSON, renderer (GET /api/topics/:slug body)', web.json.n, ms(web.json.median), ms(web.json.p95), ms(web.json.min), ms(web.json.max), kib(web.jsonBytes)],
      ['JSON, whole app.fetch', web.jsonApp.n, ms(web.jsonApp.median), ms(web.jsonApp.p95), ms(web.jsonApp.min), ms(web.jsonApp.max), ''],
    ],
  ),
)
out.push('(HTML/JSON samples are 20 calls timed together, divided by 20; the app\'s request log is muted in Node.)')
out.push('', 'PDF of the same fact sheets, other ways (A4, every topic in turn; × ours compares CPU with CPU, wall with wall)')
out.push(
  table(
    ['way', 'clock', 'n', 'median', 'p95', 'min', 'max', 'size', '× ours'],
    [
      ['ours: renderFactSheetPdf', 'CPU', warm.cpu.n, ms(warm.cpu.median), ms(warm.cpu.p95), ms(warm.cpu.min), ms(warm.cpu.max), kib(warm.meanBytes), '1.0'],
      ['ours: renderFactSheetPdf', 'wall', warm.wall.n, ms(warm.wall.median), ms(warm.wall.p95), ms(warm.wall.min), ms(warm.wall.max), kib(warm.meanBytes), '1.0'],
      ...Object.values(results.peers).map((p) => [p.label, p.clock === 'cpu' ? 'CPU' : 'wall', p.n, ms(p.medianMs), ms(p.p95Ms), ms(p.minMs), ms(p.maxMs), kib(p.meanBytes), fmt(p.ratio, 1)]),
    ],
  ),
)
for (const p of Object.values(results.peers)) if (p.info) out.push(`  ${p.label}: ${p.info}`)
const w = results.workerd
out.push('', `Inside workerd (wrangler dev; GET /__bench/timings/:slug?n=20, performance.now() in the isolate; clock: ${w.clock})`)
out.push(
  table(
    ['renders', 'median', 'mean (loop time / n)', 'p95', 'min', 'max', 'Server-Timing render (median of topics)'],
    [[w.n, ms(w.medianMs), ms(w.meanMs), ms(w.p95Ms), ms(w.minMs), ms(w.maxMs), ms(w.serverTimingMedianMs)]],
  ),
)
out.push('', 'HTTP under load (autocannon, 10 connections, 127.0.0.1, each route until its request count or 10 s)')
const httpLabels = { html: 'HTML /topics/:slug', json: 'JSON /api/topics/:slug', pdfUncached: 'PDF uncached /__bench/render/:slug', pdfCached: 'PDF cached /topics/:slug.pdf' }
out.push(
  table(
    ['route', 'requests', 'req/s', 'p50', 'p99', 'errors', 'timeouts', 'non-2xx'],
    Object.entries(results.http).map(([k, r]) => [httpLabels[k], r.requests, fmt(r.rps, 0), ms(r.p50Ms), ms(r.p99Ms), r.errors, r.timeouts, r.non2xx]),
  ),
)
const b = results.bundle
out.push('', `Bundle (wrangler deploy --dry-run --minify): ${b.printed ?? 'wrangler printed no size'}; our gzip of its ${b.modules} modules: ${fmt(b.gzipKiB, 1)} KiB (level 9: ${fmt(b.gzip9KiB, 1)} KiB)`)
out.push('', 'Targets')
out.push(
  table(
    ['metric', 'value', 'target', 'result'],
    targets.map((t) => [t.name, `${fmt(t.value)} ${t.unit}`, `<= ${t.limit} ${t.unit}`, `${t.pass ? 'pass' : 'FAIL'} (${fmt(Math.abs(1 - t.value / t.limit) * 100, 0)}% ${t.pass ? 'under' : 'over'})`]),
  ),
)
out.push('', `HTTP errors + timeouts + non-2xx: ${httpErrors} (${httpErrors === 0 ? 'pass' : 'FAIL'}: 0 required)`)
console.log(out.join('\n'))

writeFileSync(join(projectRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
log(`wrote bench/results.json in ${fmt(results.durationS, 0)} s`)
process.exitCode = httpErrors === 0 ? 0 : 1
