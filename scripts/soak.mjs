#!/usr/bin/env node
// npm run soak: "prove it holds". 10,000 mixed requests at 50 connections against `wrangler dev` on 127.0.0.1
// (HTML topic pages, JSON, PDFs of several topics and papers, 404s, 304s revalidating real ETags), after a
// 2,000-request warm-up. Fails (exit 1) on any connection error, timeout, 5xx or unexpected status, if the run
// does not finish within its time limit, or if workerd's resident memory grew more than 10% from warm-up to end.
import { cpus, loadavg } from 'node:os'
import { rssKiB, startServer } from '../bench/dev-server.mjs'
import { runLoad } from '../bench/load.mjs'
import { fmt, sleep, summarize, table } from '../bench/stats.mjs'

const connections = 50
const soakRequests = 10_000
const warmupRequests = 2_000
const timeLimitMs = 240_000
// V8 grows its heap in steps and hands pages back to the OS lazily, so RSS wobbles by a few MB between samples
// of an idle, healthy isolate. 10% of workerd's ~150 MB is ~15 MB: a leak of 1.5 KB per request (one PDF kept
// per 150 requests) would cross it over 10,000 requests, while normal heap wobble stays well inside it.
const rssTolerance = 0.1

const startedAt = performance.now()
const log = (message) => process.stderr.write(`[soak ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${message}\n`)
const checks = []
const check = (name, pass, detail) => checks.push({ name, pass, detail })

/** Sum of workerd RSS, sampled `samples` times 500 ms apart; the median resists a momentary spike. */
const workerdRss = async (server, samples = 5) => {
  const readings = []
  let pids = []
  for (let i = 0; i < samples; i++) {
    pids = server.processes().workerd.map((p) => p.pid)
    readings.push({ total: pids.reduce((n, pid) => n + rssKiB(pid), 0), each: pids.map((pid) => [pid, rssKiB(pid)]) })
    if (i < samples - 1) await sleep(500)
  }
  const median = summarize(readings.map((r) => r.total)).median
  return { totalKiB: median, each: readings.find((r) => r.total === median)?.each ?? [], pids }
}

const etagOf = async (baseUrl, path) => {
  const res = await fetch(`${baseUrl}${path}`)
  await res.arrayBuffer()
  const etag = res.headers.get('ETag')
  if (res.status !== 200 || !etag) throw new Error(`GET ${path} answered ${res.status} with ETag ${etag}: cannot build the 304 requests.`)
  return etag
}

/** 40 requests each connection cycles through: 10 HTML, 10 JSON, 10 PDF, 5 404, 5 304. */
const buildMix = async (baseUrl) => {
  const index = await (await fetch(`${baseUrl}/api/topics`)).json()
  const slugs = index.topics.map((t) => t.slug)
  if (slugs.length < 5) throw new Error(`Expected at least 5 topics, got ${slugs.length}.`)
  const at = (i) => slugs[i % slugs.length]
  const is = (status) => (s) => s === status
  const mix = [
    ...Array.from({ length: 9 }, (_, i) => ({ route: 'HTML topic page', path: `/topics/${at(i)}`, expect: is(200) })),
    { route: 'HTML topic page', path: '/', expect: is(200) },
    ...Array.from({ length: 9 }, (_, i) => ({ route: 'JSON topic', path: `/api/topics/${at(i)}`, expect: is(200) })),
    { route: 'JSON topic', path: '/api/topics', expect: is(200) },
    ...Array.from({ length: 10 }, (_, i) => ({ route: 'PDF brief', path: `/topics/${at(i >> 1)}.pdf?paper=${i % 2 ? 'letter' : 'a4'}`, expect: is(200) })),
    ...['/topics/no-such-topic', '/api/topics/no-such-topic', '/sources/no-such-source', '/no/such/page', '/topics/no-such-topic.pdf'].map((path) => ({ route: '404', path, expect: is(404) })),
  ]
  const revalidate = [`/topics/${at(0)}`, `/api/topics/${at(1)}`, `/topics/${at(2)}.pdf?paper=letter`, '/api/topics', '/style.css']
  for (const path of revalidate) mix.push({ route: '304 If-None-Match', path, headers: { 'If-None-Match': await etagOf(baseUrl, path) }, expect: is(304) })
  return mix
}

let server
let warm
let soak
let rssWarm
let rssEnd
let pidsBefore
try {
  log('starting wrangler dev')
  server = await startServer()
  const mix = await buildMix(server.baseUrl)
  pidsBefore = server.processes().workerd.map((p) => p.pid).sort()
  log(`warm-up: ${warmupRequests} requests, ${connections} connections`)
  warm = await runLoad(server.baseUrl, { requests: mix, connections, amount: warmupRequests, timeLimitMs })
  await sleep(1000)
  rssWarm = await workerdRss(server)
  log(`soak: ${soakRequests} requests, ${connections} connections, at most ${timeLimitMs / 1000} s`)
  soak = await runLoad(server.baseUrl, { requests: mix, connections, amount: soakRequests, timeLimitMs })
  await sleep(1000)
  rssEnd = await workerdRss(server)
} finally {
  await server?.stop()
}

const durationS = (performance.now() - startedAt) / 1000
const growth = rssEnd.totalKiB / rssWarm.totalKiB - 1
const mib = (k) => `${fmt(k / 1024, 1)} MiB`
check(`${soakRequests} responses within ${timeLimitMs / 1000} s`, soak.completed, `${soak.requests} in ${fmt(soak.seconds, 1)} s`)
check('no connection errors or timeouts (warm-up and soak)', warm.errors + warm.timeouts + soak.errors + soak.timeouts === 0, `errors ${warm.errors + soak.errors}, timeouts ${warm.timeouts + soak.timeouts}`)
check('no 5xx (warm-up and soak)', warm.serverErrors + soak.serverErrors === 0, `${warm.serverErrors + soak.serverErrors}`)
check('every status as expected: 200, 404 or 304 by request (warm-up and soak)', warm.unexpected + soak.unexpected === 0, `${warm.unexpected + soak.unexpected} unexpected`)
check('same workerd processes throughout (no restart)', JSON.stringify(pidsBefore) === JSON.stringify(rssEnd.pids.sort()), `${pidsBefore.join(', ')} -> ${rssEnd.pids.join(', ')}`)
check(`workerd RSS at end <= warm-up + ${rssTolerance * 100}%`, growth <= rssTolerance, `${mib(rssWarm.totalKiB)} -> ${mib(rssEnd.totalKiB)} (${growth >= 0 ? '+' : ''}${fmt(growth * 100, 1)}%)`)

const out = [
  `factsheets soak · ${new Date().toISOString()} · ${cpus()[0]?.model} · ${cpus().length} cores · Node ${process.version} · load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} · took ${fmt(durationS, 0)} s`,
  '',
  `Soak: ${soak.requests} requests at ${connections} connections in ${fmt(soak.seconds, 1)} s: ${fmt(soak.rps, 0)} req/s, p50 ${fmt(soak.p50Ms)} ms, p99 ${fmt(soak.p99Ms)} ms; status codes ${JSON.stringify(soak.statusCodes)}`,
  `(warm-up: ${warm.requests} requests in ${fmt(warm.seconds, 1)} s, ${fmt(warm.rps, 0)} req/s)`,
  '',
  table(
    ['route', 'requests', 'req/s', 'p50', 'p99', 'statuses', 'unexpected', '5xx'],
    Object.entries(soak.byRoute).map(([name, r]) => [name, r.requests, fmt(r.rps, 0), `${fmt(r.p50Ms)} ms`, `${fmt(r.p99Ms)} ms`, Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(' '), r.unexpected, r.serverErrors]),
  ),
  '',
  'workerd resident memory (VmRSS from /proc, median of 5 samples 0.5 s apart, 1 s after each phase)',
  table(
    ['process', 'after warm-up', 'at end', 'change'],
    [
      ...rssWarm.each.map(([pid, kb]) => {
        const end = rssEnd.each.find(([p]) => p === pid)?.[1]
        return [`workerd ${pid}`, mib(kb), end === undefined ? 'gone' : mib(end), end === undefined ? '' : `${fmt((end / kb - 1) * 100, 1)}%`]
      }),
      ['total', mib(rssWarm.totalKiB), mib(rssEnd.totalKiB), `${fmt(growth * 100, 1)}%`],
    ],
  ),
  '',
  ...checks.map((c) => `${c.pass ? 'pass' : 'FAIL'}  ${c.name}: ${c.detail}`),
  '',
  `${checks.filter((c) => c.pass).length} passed, ${checks.filter((c) => !c.pass).length} failed (${fmt(durationS, 0)} s)`,
]
console.log(out.join('\n'))
process.exitCode = checks.every((c) => c.pass) ? 0 : 1
