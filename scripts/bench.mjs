#!/usr/bin/env node
// npm run bench: our PDF, HTML and JSON renderers beside other ways to make the same PDF, inside workerd,
// under HTTP load, and the Worker's bundle size. Prints tables and writes bench/results.json; bench/README.md
// says how each number is measured. Everything runs on this machine; HTTP load goes to `wrangler dev` on
// 127.0.0.1 only, bounded in count and time. Exit 1 if any HTTP request failed (targets are reported only).
import { execFile, execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { bundleEntry, pdfEntry, projectRoot } from '../bench/bundle.mjs'
import { measureBundle } from '../bench/bundle-size.mjs'
import { startServer } from '../bench/dev-server.mjs'
import { chromiumProcess, chromiumWarmPage } from '../bench/peers/chromium.mjs'
import { fmt, kib, summarize, table } from '../bench/stats.mjs'
import { httpLoads, workerdFirstRender, workerdFirstRequest, workerdRenders } from '../bench/workerd.mjs'

const startedAt = performance.now()
const log = (message) => process.stderr.write(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${message}\n`)

const cpuModel = () => {
  try {
    return /^Model name:\s*(.+)$/m.exec(execFileSync('lscpu', { encoding: 'utf8' }))?.[1]?.trim() ?? cpus()[0]?.model
  } catch {
    return cpus()[0]?.model
  }
}
const machine = { cpu: cpuModel(), cores: cpus().length, node: process.version, date: new Date().toISOString(), loadAverageAtStart: loadavg() }

/** Runs one measurement of bench/in-process.mjs in its own Node process and returns its JSON. */
const inProcess = async (task, options, timeoutMs = 120_000) => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(projectRoot, 'bench/in-process.mjs'), task, JSON.stringify(options)], {
    cwd: projectRoot,
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  })
  return JSON.parse(stdout.trim().split('\n').at(-1))
}

// The peers get the same 18 untimed renders as ours (two per topic), so every median is taken warm alike.
const peerBudget = { warmup: 18, maxRenders: 200, minRenders: 9, budgetMs: 12_000 }
const inProcessPeers = {
  'pdf-lib-helvetica': 'pdf-lib, Standard-14 Helvetica',
  'pdf-lib-fontkit-full': 'pdf-lib + fontkit, full Plex TTF, subset',
  'pdf-lib-fontkit-subset': 'pdf-lib + fontkit, our Plex subset TTF',
  pdfmake: 'pdfmake, full Plex TTF in its vfs',
  jspdf: 'jsPDF, built-in Helvetica',
}

let server
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    log(`${signal}: stopping wrangler dev`)
    void Promise.resolve(server?.stop()).finally(() => process.exit(130))
  })

const results = { machine }
let warm
let fresh
let web
try {
  log('bundling the renderer (scripts/pdf-entry.ts) and the app (bench/app-entry.tsx) as wrangler does')
  const pdfBundle = await bundleEntry(pdfEntry)
  const appBundle = await bundleEntry('bench/app-entry.tsx')

  log('bundle size: wrangler deploy --dry-run --minify')
  results.bundle = await measureBundle()

  log('our PDF renderer, warm (270 renders, every topic in turn)')
  warm = await inProcess('ours-pdf', { pdfBundle: pdfBundle.url, renders: 270 })
  log('our PDF renderer, first document in 5 fresh processes')
  fresh = []
  for (let i = 0; i < 5; i++) fresh.push(await inProcess('ours-first', { pdfBundle: pdfBundle.url, topic: i }))
  log('HTML and JSON (renderers and app.fetch)')
  web = await inProcess('ours-html-json', { appBundle: appBundle.url, batch: 20, rounds: 10 })

  results.peers = {}
  for (const [name, label] of Object.entries(inProcessPeers)) {
    log(`peer: ${label}`)
    const r = await inProcess(name, { pdfBundle: pdfBundle.url, ...peerBudget })
    results.peers[name] = {
      label,
      clock: 'cpu',
      medianMs: r.cpu.median,
      p95Ms: r.cpu.p95,
      minMs: r.cpu.min,
      maxMs: r.cpu.max,
      n: r.cpu.n,
      cpuMeanMs: r.cpuMeanMs,
      mainThreadMeanMs: r.mainThreadMeanMs,
      meanBytes: r.meanBytes,
      ratio: r.cpu.median / warm.cpu.median,
      info: r.info,
    }
  }
  pdfBundle.remove()
  appBundle.remove()

  /** `measure(server)` on each of 3 fresh `wrangler dev` servers, each stopped after it. */
  const onFreshServers = async (options, measure) => {
    const runs = []
    for (let i = 0; i < 3; i++) {
      const fresh = await startServer(options)
      try {
        runs.push(await measure(fresh))
      } finally {
        await fresh.stop()
      }
    }
    return runs
  }
  /** Medians of a fresh-server measurement's two CPU views: the Worker's workerd process, and its busiest thread. */
  const cpuMedians = (runs) => ({
    workerProcessCpuMedianMs: summarize(runs.map((r) => r.workerProcessCpuMs)).median,
    busiestThreadCpuMedianMs: summarize(runs.map((r) => r.busiestThreadCpuMs)).median,
  })
  log('first brief in a fresh workerd isolate (3 fresh wrangler dev servers)')
  const freshIsolates = await onFreshServers({ benchRoutes: true }, (fresh) => workerdFirstRender(fresh, 'peace-plan'))
  results.workerdFirst = {
    runs: freshIsolates,
    insideMedianMs: summarize(freshIsolates.map((r) => r.insideMs)).median,
    ...cpuMedians(freshIsolates),
  }
  // Any first request runs cold code: a page and a JSON body, each as the first request of 3 more fresh servers.
  for (const [name, path] of [['html', '/topics/peace-plan'], ['json', '/api/topics/peace-plan']]) {
    log(`first ${path} of a fresh workerd isolate (3 fresh wrangler dev servers)`)
    const runs = await onFreshServers({}, (fresh) => workerdFirstRequest(fresh, path))
    results.workerdFirst[name] = { path, runs, ...cpuMedians(runs) }
  }

  log('starting wrangler dev with BENCH_ROUTES=on')
  server = await startServer({ benchRoutes: true })
  const slugs = (await (await fetch(`${server.baseUrl}/api/topics`)).json()).topics.map((t) => t.slug)

  log('peer: Chromium, warm page (navigate + page.pdf())')
  const page = await chromiumWarmPage(server.baseUrl, slugs, { warmup: 2, count: 30, budgetMs: 15_000 })
  const wallPeer = (label, r, info) => ({ label, clock: 'wall', medianMs: r.wall.median, p95Ms: r.wall.p95, minMs: r.wall.min, maxMs: r.wall.max, n: r.wall.n, meanBytes: r.meanBytes, ratio: r.wall.median / warm.wall.median, info })
  results.peers['chromium-page'] = wallPeer('Chromium warm page: goto + page.pdf()', page, `page.pdf() alone: median ${fmt(page.pdfOnly.median)} ms`)
  log('peer: Chromium, one process per render (--print-to-pdf)')
  results.peers['chromium-process'] = wallPeer('Chromium process: --print-to-pdf', await chromiumProcess(server.baseUrl, slugs, { count: 5 }), '')

  log('inside workerd: /__bench/timings for every topic')
  results.workerd = await workerdRenders(server.baseUrl, slugs, { n: 20 })
  log('HTTP load with autocannon (4 routes, up to 10 s each)')
  results.http = await httpLoads(server.baseUrl, slugs, { connections: 10, timeLimitMs: 10_000 })
} finally {
  await server?.stop()
}

const median = (pick) => summarize(fresh.map(pick)).median
const first = Object.fromEntries(
  ['emptyImport', 'moduleImport', 'buildSheets', 'firstRender'].map((k) => [k, Object.fromEntries(['cpu', 'wall'].map((c) => [c, median((f) => f[k][c])]))]),
)
results.pdf = {
  medianCpuMs: warm.cpu.median,
  p95CpuMs: warm.cpu.p95,
  minCpuMs: warm.cpu.min,
  maxCpuMs: warm.cpu.max,
  renders: warm.cpu.n,
  cpuMeanMs: warm.cpuMeanMs,
  mainThreadMeanMs: warm.mainThreadMeanMs,
  medianWallMs: warm.wall.median,
  meanBytes: warm.meanBytes,
  firstMs: first.firstRender.cpu,
  firstWallMs: first.firstRender.wall,
  freshProcesses: fresh.length,
  freshProcessMedians: first,
}
// Start-up: what a new isolate does before it can answer (import the modules, build every fact sheet), less Node's
// own first-import cost (measured with an empty module).
results.startupMs = first.moduleImport.cpu - first.emptyImport.cpu + first.buildSheets.cpu
results.startupWallMs = first.moduleImport.wall - first.emptyImport.wall + first.buildSheets.wall
const webOf = (r, app) => ({ medianCpuMs: r.median, p95CpuMs: r.p95, cpuMeanMs: r.cpuMeanMs, mainThreadMeanMs: r.mainThreadMeanMs, appFetchMedianCpuMs: app.median, appFetchP95CpuMs: app.p95 })
results.html = { ...webOf(web.html, web.htmlApp), meanBytes: web.htmlBytes }
results.json = { ...webOf(web.json, web.jsonApp), meanBytes: web.jsonBytes }

const meanView = (r) => `mean: all threads ${fmt(r.cpuMeanMs)}, main thread ${fmt(r.mainThreadMeanMs)} ms`
const targets = [
  ['PDF median, warm', results.pdf.medianCpuMs, meanView(results.pdf), 4, 'ms'],
  ['PDF first render, fresh process', results.pdf.firstMs, `wall ${fmt(results.pdf.firstWallMs)} ms`, 10, 'ms'],
  ['HTML render median', results.html.medianCpuMs, meanView(results.html), 0.3, 'ms'],
  ['JSON render median', results.json.medianCpuMs, meanView(results.json), 0.1, 'ms'],
  ['start-up: import + fact sheets', results.startupMs, `wall ${fmt(results.startupWallMs)} ms`, 20, 'ms'],
  ['bundle, gzip (wrangler)', results.bundle.gzipKiB, `our gzip ${fmt(results.bundle.ownGzipKiB, 1)} KiB`, 300, 'KiB'],
].map(([name, value, aside, limit, unit]) => ({ name, value, aside, limit, unit, pass: value !== undefined && value <= limit }))
results.targets = targets
const httpFailures = Object.values(results.http).reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0)
machine.loadAverageAtEnd = loadavg()
results.durationS = (performance.now() - startedAt) / 1000

// ---- report ----
const ms = (x) => `${fmt(x)} ms`
const out = []
out.push(`factsheets bench · ${machine.date} · ${machine.cpu} · ${machine.cores} cores · Node ${machine.node} · took ${fmt(results.durationS, 0)} s`)
out.push(`load average at start ${machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}, at end ${machine.loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')}`)
out.push('', 'Our renderers in Node (esbuild bundle as wrangler builds it). CPU = process.cpuUsage, user + system, all threads')
out.push('(V8 compiles and collects garbage on helper threads too); main = the main thread alone, mean over the whole run.')
const spread = (pick) => `${fmt(Math.min(...fresh.map(pick)))}–${fmt(Math.max(...fresh.map(pick)))}`
const freshRow = (label, k, size = '') => [label, fresh.length, ms(first[k].cpu), '', ms(first[k].wall), `CPU range ${spread((f) => f[k].cpu)} ms`, size]
const webRow = (label, r, size = '') => [label, r.n, ms(r.median), `${fmt(r.mainThreadMeanMs)} (all ${fmt(r.cpuMeanMs)})`, '', `p95 ${ms(r.p95)}`, size]
out.push(
  table(
    ['what', 'n', 'CPU median', 'main mean (all)', 'wall median', 'p95 / range', 'size'],
    [
      ['PDF brief, warm (A4, every topic in turn)', warm.cpu.n, ms(warm.cpu.median), `${fmt(warm.mainThreadMeanMs)} (all ${fmt(warm.cpuMeanMs)})`, ms(warm.wall.median), `p95 ${ms(warm.cpu.p95)}, min ${fmt(warm.cpu.min)}, max ${fmt(warm.cpu.max)}`, kib(warm.meanBytes)],
      freshRow('fresh process: Node imports an empty module', 'emptyImport'),
      freshRow('fresh process: import (corpus, curation, fonts)', 'moduleImport'),
      freshRow('fresh process: build every fact sheet', 'buildSheets'),
      freshRow('fresh process: first PDF render', 'firstRender', kib(fresh[0].bytes)),
      webRow('HTML renderer (GET /topics/:slug body)', web.html, kib(web.htmlBytes)),
      webRow('HTML, whole app.fetch', web.htmlApp),
      webRow('JSON renderer (GET /api/topics/:slug body)', web.json, kib(web.jsonBytes)),
      webRow('JSON, whole app.fetch', web.jsonApp),
    ],
  ),
)
out.push('(fresh process: median of 5 processes; HTML/JSON: each sample is 20 calls timed together / 20; app.fetch with the request log muted)')
out.push('', 'The same fact sheets as PDF, other ways (A4, every topic in turn). × ours: CPU against our CPU median, wall against our wall median.')
out.push(
  table(
    ['way', 'clock', 'n', 'median', 'p95', 'min', 'max', 'main mean', 'size', '× ours'],
    [
      ['ours: renderFactSheetPdf', 'CPU', warm.cpu.n, ms(warm.cpu.median), ms(warm.cpu.p95), ms(warm.cpu.min), ms(warm.cpu.max), ms(warm.mainThreadMeanMs), kib(warm.meanBytes), '1.0'],
      ['ours: renderFactSheetPdf', 'wall', warm.wall.n, ms(warm.wall.median), ms(warm.wall.p95), ms(warm.wall.min), ms(warm.wall.max), '', kib(warm.meanBytes), '1.0'],
      ...Object.values(results.peers).map((p) => [p.label, p.clock === 'cpu' ? 'CPU' : 'wall', p.n, ms(p.medianMs), ms(p.p95Ms), ms(p.minMs), ms(p.maxMs), p.mainThreadMeanMs === undefined ? '' : ms(p.mainThreadMeanMs), kib(p.meanBytes), fmt(p.ratio, 1)]),
    ],
  ),
)
for (const p of Object.values(results.peers)) if (p.info) out.push(`  ${p.label}: ${p.info}`)
const w = results.workerd
out.push('', `Inside workerd (wrangler dev): GET /__bench/timings/:slug?n=20, performance.now() around each render in the isolate`)
out.push(
  table(
    ['renders', 'median', 'mean (one interval / n)', 'p95', 'min', 'max', 'Server-Timing render, median of topics', 'clock'],
    [[w.n, ms(w.medianMs), ms(w.meanMs), ms(w.p95Ms), ms(w.minMs), ms(w.maxMs), ms(w.serverTimingMedianMs), w.clock]],
  ),
)
out.push('', 'HTTP under load: autocannon, 10 connections, 127.0.0.1, each route until its request count or 10 s')
const httpLabels = { html: 'HTML /topics/:slug', json: 'JSON /api/topics/:slug', pdfUncached: 'PDF uncached /__bench/render/:slug', pdfCached: 'PDF cached /topics/:slug.pdf' }
out.push(
  table(
    ['route', 'requests', 'req/s', 'p50', 'p99', 'errors', 'timeouts', 'non-2xx'],
    Object.entries(results.http).map(([k, r]) => [httpLabels[k], r.requests, fmt(r.rps, 0), ms(r.p50Ms), ms(r.p99Ms), r.errors, r.timeouts, r.non2xx]),
  ),
)
// Before / after: bench/baseline.json holds the last committed README run (the 'before').
const before = JSON.parse(readFileSync(join(projectRoot, 'bench/baseline.json'), 'utf8'))
const helveticaPeer = results.peers['pdf-lib-helvetica']
const beforeAfter = [
  ['PDF brief, warm, CPU median', ms(before.pdf.medianCpuMs), ms(results.pdf.medianCpuMs)],
  ['PDF brief, warm, wall median', ms(before.pdf.medianWallMs), ms(results.pdf.medianWallMs)],
  ['PDF brief, mean size (A4, every topic)', kib(before.pdf.meanBytes), kib(results.pdf.meanBytes)],
  ['first PDF in a fresh process, CPU', ms(before.pdf.firstMs), ms(results.pdf.firstMs)],
  ['start-up: import + fact sheets, CPU', ms(before.startupMs), ms(results.startupMs)],
  ['inside workerd, mean per render', ms(before.workerd.meanMs), ms(results.workerd.meanMs)],
  ['first brief in a fresh workerd isolate, timed inside', '', ms(results.workerdFirst.insideMedianMs)],
  ['  same request, Worker process CPU (all threads)', '', ms(results.workerdFirst.workerProcessCpuMedianMs)],
  ['  same request, its busiest thread alone', '', ms(results.workerdFirst.busiestThreadCpuMedianMs)],
  ['first HTML page of a fresh workerd isolate, Worker process CPU', '', ms(results.workerdFirst.html.workerProcessCpuMedianMs)],
  ['  same request, its busiest thread alone', '', ms(results.workerdFirst.html.busiestThreadCpuMedianMs)],
  ['first JSON body of a fresh workerd isolate, Worker process CPU', '', ms(results.workerdFirst.json.workerProcessCpuMedianMs)],
  ['  same request, its busiest thread alone', '', ms(results.workerdFirst.json.busiestThreadCpuMedianMs)],
  ['HTML renderer, CPU median', ms(before.html.medianCpuMs), ms(results.html.medianCpuMs)],
  ['bundle, gzip (wrangler)', `${fmt(before.bundle.gzipKiB)} KiB`, `${fmt(results.bundle.gzipKiB)} KiB`],
  ['× ahead of pdf-lib + Helvetica (CPU)', '2.8', helveticaPeer ? fmt(helveticaPeer.ratio, 1) : ''],
]
results.beforeAfter = { before, rows: beforeAfter }
out.push('', `Before (${before.date}, commit ${before.commit}, bench/baseline.json) and after (this run)`)
out.push(table(['what', 'before', 'after'], beforeAfter))
// Each way's before and after beside ours, so a change of ours reads against how the peers moved on the same machine.
const oursBefore = { cpu: before.pdf.medianCpuMs, wall: before.pdf.medianWallMs }
const oursAfter = { cpu: results.pdf.medianCpuMs, wall: results.pdf.medianWallMs }
const sideBySide = [
  ['ours: renderFactSheetPdf', 'CPU', ms(oursBefore.cpu), ms(oursAfter.cpu), '1.0', '1.0'],
  ...Object.entries(results.peers).map(([key, p]) => {
    const then = before.peers?.[key]
    const clock = p.clock === 'cpu' ? 'cpu' : 'wall'
    return [p.label, clock === 'cpu' ? 'CPU' : 'wall', then ? ms(then.medianMs) : '', ms(p.medianMs), then ? fmt(then.medianMs / oursBefore[clock], 1) : '', fmt(p.ratio, 1)]
  }),
]
results.beforeAfter.peers = sideBySide
out.push('', 'Before and after, side by side with the peers (medians; × ours: how many times our median each way took, then and now)')
out.push(table(['way', 'clock', 'before', 'after', '× ours before', '× ours after'], sideBySide))
const b = results.bundle
out.push('', `Bundle, wrangler deploy --dry-run --minify: "${b.printed ?? 'wrangler printed no size'}"; our gzip of its ${b.modules} modules: ${fmt(b.ownGzipKiB, 1)} KiB as one stream (level 9: ${fmt(b.ownGzip9KiB, 1)} KiB), ${fmt(b.ownGzipPerModuleKiB, 1)} KiB each on its own`)
out.push('', 'Targets, judged on CPU as process.cpuUsage reports it (all threads); other views beside')
out.push(
  table(
    ['metric', 'value', 'target', 'result', 'other views'],
    targets.map((t) => [t.name, `${fmt(t.value)} ${t.unit}`, `<= ${t.limit} ${t.unit}`, `${t.pass ? 'pass' : 'FAIL'}, ${fmt(Math.abs(1 - t.value / t.limit) * 100, 0)}% ${t.pass ? 'under' : 'over'}`, t.aside]),
  ),
)
out.push('', `HTTP errors + timeouts + non-2xx over all routes: ${httpFailures} (${httpFailures === 0 ? 'pass' : 'FAIL'}: 0 required)`)
console.log(out.join('\n'))

writeFileSync(join(projectRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
log(`wrote bench/results.json; took ${fmt(results.durationS, 0)} s`)
process.exitCode = httpFailures === 0 ? 0 : 1
