#!/usr/bin/env node
// Control for the soak's memory numbers: the same load (2,000 warm-up + 10,000 requests, 50 connections) against a
// Worker that only returns a 20 KB string, under the same pinned wrangler dev. If its workerd RSS grows as ours
// does, RSS growth under wrangler dev says nothing about our code. Usage: node bench/rss-control.mjs [--log]
// (--log: the Worker also console.logs one line per request, as our request log does).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../test/support/dev-server.mjs'
import { projectRoot } from './bundle.mjs'
import { rssKiB, serverProcesses } from './dev-server.mjs'
import { runLoad } from './load.mjs'
import { fmt, sleep } from './stats.mjs'

const logs = process.argv.includes('--log')
const dir = mkdtempSync(join(tmpdir(), 'factsheets-rss-control-'))
const line = `console.log(JSON.stringify({ method: req.method, path: new URL(req.url).pathname, status: 200, format: 'html', cache: 'none', ms: 0.5, requestId: null }));`
writeFileSync(join(dir, 'worker.js'), `const body = 'x'.repeat(20000)\nexport default { fetch(req) { ${logs ? line : ''} return new Response(body) } }\n`)
writeFileSync(join(dir, 'wrangler.toml'), 'name = "rss-control"\nmain = "worker.js"\ncompatibility_date = "2026-04-26"\n')

const port = await freePort()
const wrangler = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js', { paths: [projectRoot] })
const args = [wrangler, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-ip', '127.0.0.1', '--inspector-port', String(await freePort()), '--show-interactive-dev-session=false', '--log-level', 'warn']
const child = spawn(process.execPath, args, { cwd: dir, detached: true, stdio: 'ignore', env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true' } })
const stop = () => {
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}
process.once('exit', stop)
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130))

try {
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  while (!(await fetch(baseUrl).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline) throw new Error('wrangler dev did not answer within 60 s.')
    await sleep(300)
  }
  const rss = () => serverProcesses(port).workerd.map((p) => ({ pid: p.pid, role: p.role, kib: rssKiB(p.pid) }))
  const requests = [{ route: 'string', path: '/', expect: (s) => s === 200 }]
  await runLoad(baseUrl, { requests, connections: 50, amount: 2000, timeLimitMs: 120_000 })
  await sleep(1000)
  const warm = rss()
  const soak = await runLoad(baseUrl, { requests, connections: 50, amount: 10_000, timeLimitMs: 240_000 })
  await sleep(1000)
  const end = rss()
  console.log(`control Worker (20 KB string${logs ? ', one console.log per request' : ''}): ${soak.requests} requests, ${fmt(soak.rps, 0)} req/s`)
  for (const w of warm) {
    const e = end.find((x) => x.pid === w.pid)
    console.log(`  workerd ${w.pid} (${w.role}): ${fmt(w.kib / 1024, 1)} MiB -> ${e ? `${fmt(e.kib / 1024, 1)} MiB (${fmt((e.kib / w.kib - 1) * 100, 1)}%)` : 'gone'}`)
  }
} finally {
  stop()
  rmSync(dir, { recursive: true, force: true })
}
