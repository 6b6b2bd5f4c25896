#!/usr/bin/env node
// npm run soak: "prove it holds". 10,000 mixed requests at 50 connections against `wrangler dev` on 127.0.0.1
// (HTML topic pages, JSON, PDFs of several topics and papers, 404s, 304s revalidating real ETags), after a
// 2,000-request warm-up, bounded by a time limit. Exit 1 unless every check passes: all 10,000 answered in time,
// no connection error, timeout or 5xx, every status the expected one, the same workerd processes throughout, and
// the Worker's JS heap after a full GC no more than 10% above its warm-up size.
// Memory: the RSS of every workerd is reported (after warm-up vs at the end). It is not a check by default,
// because wrangler dev's workerd grows ~5 KB RSS per request even for a Worker that only returns a string
// (measured, see bench/README.md); pass --gate-rss to make "worker RSS <= warm-up + 10%" a check as well.
import { cpus, loadavg } from 'node:os'
import { rssKiB, startServer } from '../bench/dev-server.mjs'
import { connectInspector } from '../bench/inspector.mjs'
import { runLoad } from '../bench/load.mjs'
import { fmt, sleep, summarize, table } from '../bench/stats.mjs'

const connections = 50
const soakRequests = 10_000
const warmupRequests = 2_000
const timeLimitMs = 240_000
// 10%: after warm-up the isolate's heap after GC holds steady within a few per cent over 30,000 requests
// (code, inline caches, the catalog and up to 64 rendered briefs); a leak of 1 KB per request would add ~10 MB,
// more than twice the whole ~4.5 MB heap. For RSS (--gate-rss) 10% of ~190 MB is ~19 MB.
const tolerance = 0.1
const gateRss = process.argv.includes('--gate-rss')

const startedAt = performance.now()
const log = (message) => process.stderr.write(`[soak ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${message}\n`)
const checks = []
const check = (name, pass, detail, gated = true) => checks.push({ name, pass, detail, gated })

/** RSS of each workerd, sampled `samples` times 500 ms apart; per process, the median sample. */
const workerdRss = async (server, samples = 5) => {
  const kib = new Map()
  let procs = []
  for (let i = 0; i < samples; i++) {
    procs = server.processes().workerd
    for (const p of procs) kib.set(p.pid, [...(kib.get(p.pid) ?? []), rssKiB(p.pid)])
    if (i < samples - 1) await sleep(500)
  }
  return procs.map((p) => ({ pid: p.pid, role: p.role, kib: summarize(kib.get(p.pid)).median }))
}

const etagOf = async (baseUrl, path) => {
  const res = await fetch(`${baseUrl}${path}`)
  await res.arrayBuffer()
  const etag = res.headers.get('ETag')
  if (res.status !== 200 || !etag) throw new Error(`GET ${path} answered ${res.status} with ETag ${etag}: cannot build the 304 requests.`)
  return etag
}

/** 40 requests every connection cycles through: 10 HTML, 10 JSON, 10 PDF, 5 404, 5 304. */
const buildMix = async (baseUrl) => {
  const index = await (await fetch(`${baseUrl}/api/topics`)).json()
  const slugs = index.topics.map((t) => t.slug)
  if (slugs.length < 5) throw new Error(`Expected at least 5 topics, got ${slugs.length}.`)
  const at = (i) => slugs[i % slugs.length]
  const is = (status) => (s) => s === status
  const mix = [
    ...Array.from({ length: 9 }, (_, i) => ({ route: 'HTML /topics/:slug, /', path: `/topics/${at(i)}`, expect: is(200) })),
    { route: 'HTML /topics/:slug, /', path: '/', expect: is(200) },
    ...Array.from({ length: 9 }, (_, i) => ({ route: 'JSON /api/topics[/:slug]', path: `/api/topics/${at(i)}`, expect: is(200) })),
    { route: 'JSON /api/topics[/:slug]', path: '/api/topics', expect: is(200) },
    ...Array.from({ length: 10 }, (_, i) => ({ route: 'PDF 5 topics x a4, letter', path: `/topics/${at(i >> 1)}.pdf?paper=${i % 2 ? 'letter' : 'a4'}`, expect: is(200) })),
    ...['/topics/no-such-topic', '/api/topics/no-such-topic', '/sources/no-such-source', '/no/such/page', '/topics/no-such-topic.pdf'].map((path) => ({ route: '404 (5 kinds)', path, expect: is(404) })),
  ]
  const revalidate = [`/topics/${at(0)}`, `/api/topics/${at(1)}`, `/topics/${at(2)}.pdf?paper=letter`, '/api/topics', '/style.css']
  for (const path of revalidate) mix.push({ route: '304 If-None-Match (5 kinds)', path, headers: { 'If-None-Match': await etagOf(baseUrl, path) }, expect: is(304) })
  return mix
}

let server
let inspector
const stopAll = async () => {
  inspector?.close()
  await server?.stop()
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    log(`${signal}: stopping wrangler dev`)
    void stopAll().finally(() => process.exit(130))
  })

let warm
let soak
const memory = {}
let pidsBefore
try {
  log('starting wrangler dev')
  server = await startServer()
  const mix = await buildMix(server.baseUrl)
  const procs = server.processes()
  pidsBefore = procs.workerd.map((p) => p.pid).sort()
  inspector = await connectInspector(procs.inspectorPort)
  log(`warm-up: ${warmupRequests} requests, ${connections} connections`)
  warm = await runLoad(server.baseUrl, { requests: mix, connections, amount: warmupRequests, timeLimitMs })
  await sleep(1000)
  memory.heapWarm = await inspector.heapAfterGc()
  memory.rssWarm = await workerdRss(server)
  log(`soak: ${soakRequests} requests, ${connections} connections, at most ${timeLimitMs / 1000} s`)
  soak = await runLoad(server.baseUrl, { requests: mix, connections, amount: soakRequests, timeLimitMs })
  await sleep(1000)
  memory.rssEnd = await workerdRss(server)
  memory.pidsAfter = server.processes().workerd.map((p) => p.pid).sort()
  memory.heapEnd = await inspector.heapAfterGc().catch((error) => ({ error: error.message }))
} finally {
  await stopAll()
}

const durationS = (performance.now() - startedAt) / 1000
const mib = (k) => `${fmt(k / 1024, 1)} MiB`
const pct = (x) => `${x >= 0 ? '+' : ''}${fmt(x * 100, 1)}%`
const restarted = JSON.stringify(pidsBefore) !== JSON.stringify(memory.pidsAfter)
check(`${soakRequests} responses within ${timeLimitMs / 1000} s`, soak.completed, `${soak.requests} in ${fmt(soak.seconds, 1)} s`)
check('no connection errors or timeouts (warm-up and soak)', warm.errors + warm.timeouts + soak.errors + soak.timeouts === 0, `errors ${warm.errors + soak.errors}, timeouts ${warm.timeouts + soak.timeouts}`)
check('no 5xx (warm-up and soak)', warm.serverErrors + soak.serverErrors === 0, `${warm.serverErrors + soak.serverErrors}`)
check('every status the expected 200, 404 or 304 (warm-up and soak)', warm.unexpected + soak.unexpected === 0, `${warm.unexpected + soak.unexpected} unexpected`)
check(
  'same workerd processes throughout',
  !restarted,
  `${pidsBefore.join(', ')} -> ${memory.pidsAfter.join(', ')}${restarted ? ' (wrangler restarts the Worker when a source file changes: was someone editing?)' : ''}`,
)
const heapGrowth = memory.heapEnd.usedKiB / memory.heapWarm.usedKiB - 1
check(
  `Worker JS heap after full GC <= warm-up + ${tolerance * 100}%`,
  !memory.heapEnd.error && heapGrowth <= tolerance,
  memory.heapEnd.error ?? `${mib(memory.heapWarm.usedKiB)} -> ${mib(memory.heapEnd.usedKiB)} (${pct(heapGrowth)})`,
)
const rssOf = (list, role) => list.filter((p) => p.role === role).reduce((n, p) => n + p.kib, 0)
const workerRssWarm = rssOf(memory.rssWarm, 'worker')
const workerRssEnd = rssOf(memory.rssEnd, 'worker')
const rssGrowth = workerRssEnd / workerRssWarm - 1
check(
  `Worker workerd RSS <= warm-up + ${tolerance * 100}%${gateRss ? '' : ' (reported, not gated; --gate-rss gates it)'}`,
  !restarted && rssGrowth <= tolerance,
  `${mib(workerRssWarm)} -> ${mib(workerRssEnd)} (${pct(rssGrowth)})`,
  gateRss,
)

const rssRows = memory.rssWarm.map((w) => {
  const end = memory.rssEnd.find((e) => e.pid === w.pid)
  const role = { proxy: "wrangler's proxy", worker: 'the Worker' }[w.role] ?? w.role
  return [`workerd ${w.pid} (${role})`, mib(w.kib), end ? mib(end.kib) : 'gone (restarted)', end ? pct(end.kib / w.kib - 1) : '']
})
for (const e of memory.rssEnd) if (!memory.rssWarm.some((w) => w.pid === e.pid)) rssRows.push([`workerd ${e.pid} (${e.role}, new)`, '', mib(e.kib), ''])
const totalWarm = memory.rssWarm.reduce((n, p) => n + p.kib, 0)
const totalEnd = memory.rssEnd.reduce((n, p) => n + p.kib, 0)
rssRows.push(['all workerd', mib(totalWarm), mib(totalEnd), pct(totalEnd / totalWarm - 1)])

const gated = checks.filter((c) => c.gated)
const out = [
  `factsheets soak · ${new Date().toISOString()} · ${cpus()[0]?.model} · ${cpus().length} cores · Node ${process.version} · load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  '',
  `Soak: ${soak.requests} requests at ${connections} connections in ${fmt(soak.seconds, 1)} s: ${fmt(soak.rps, 0)} req/s, p50 ${fmt(soak.p50Ms)} ms, p99 ${fmt(soak.p99Ms)} ms; status codes ${JSON.stringify(soak.statusCodes)}`,
  `Warm-up: ${warm.requests} requests in ${fmt(warm.seconds, 1)} s, ${fmt(warm.rps, 0)} req/s`,
  '',
  table(
    ['route', 'requests', 'req/s', 'p50', 'p99', 'statuses', 'unexpected', '5xx'],
    Object.entries(soak.byRoute).map(([name, r]) => [name, r.requests, fmt(r.rps, 0), `${fmt(r.p50Ms)} ms`, `${fmt(r.p99Ms)} ms`, Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(' '), r.unexpected, r.serverErrors]),
  ),
  '(req/s per route: its share of the mixed run, its requests / the run\'s duration)',
  '',
  'Memory: VmRSS from /proc (median of 5 samples 0.5 s apart, 1 s after each phase); JS heap via the inspector',
  table(['what', 'after warm-up', 'at end', 'change'], [
    ...rssRows,
    ['the Worker\'s JS heap after full GC', mib(memory.heapWarm.usedKiB), memory.heapEnd.error ? 'unavailable' : mib(memory.heapEnd.usedKiB), memory.heapEnd.error ? '' : pct(heapGrowth)],
  ]),
  '',
  ...checks.map((c) => `${c.gated ? (c.pass ? 'pass' : 'FAIL') : c.pass ? 'info' : 'info (over)'}  ${c.name}: ${c.detail}`),
  '',
  `${gated.filter((c) => c.pass).length} passed, ${gated.filter((c) => !c.pass).length} failed (${fmt(durationS, 0)} s)`,
]
console.log(out.join('\n'))
process.exitCode = gated.every((c) => c.pass) ? 0 : 1
