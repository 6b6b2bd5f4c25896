// Measurements against `wrangler dev` with the bench routes on: render times inside the isolate, and HTTP load.
import { readdirSync, readFileSync } from 'node:fs'
import { runLoad } from './load.mjs'
import { summarize } from './stats.mjs'

/** `n` uncached renders of every topic inside workerd, timed there with performance.now(). */
export const workerdRenders = async (baseUrl, slugs, { n = 20, warmup = 3 } = {}) => {
  const get = async (slug, count) => {
    const res = await fetch(`${baseUrl}/__bench/timings/${slug}?n=${count}`)
    if (res.status !== 200) throw new Error(`GET /__bench/timings/${slug} answered ${res.status}: is BENCH_ROUTES on? (${(await res.text()).slice(0, 200)})`)
    const serverTiming = /render;dur=([\d.]+)/.exec(res.headers.get('Server-Timing') ?? '')?.[1]
    return { ...(await res.json()), serverTimingMs: serverTiming === undefined ? undefined : Number(serverTiming) }
  }
  for (const slug of slugs) await get(slug, warmup)
  const runs = []
  for (const slug of slugs) runs.push(await get(slug, n))
  const ms = runs.flatMap((r) => r.ms)
  const fractional = ms.some((x) => !Number.isInteger(x))
  return {
    renders: ms.length,
    ...Object.fromEntries(Object.entries(summarize(ms)).map(([k, v]) => [k === 'n' ? 'n' : `${k}Ms`, v])),
    meanMs: runs.reduce((t, r) => t + r.totalMs, 0) / ms.length,
    serverTimingMedianMs: summarize(runs.map((r) => r.serverTimingMs)).median,
    clock: fractional ? 'sub-millisecond' : 'whole milliseconds only',
    perTopic: runs.map((r) => ({ slug: r.slug, medianMs: r.medianMs, meanMs: r.totalMs / r.n, bytes: r.bytes })),
  }
}

const ok = (status) => status >= 200 && status < 300

/** HTML, JSON, uncached PDF (bench route) and cached PDF (the real route, isolate cache warmed first). */
export const httpLoads = async (baseUrl, slugs, { connections = 10, timeLimitMs = 10_000 } = {}) => {
  for (const slug of slugs) {
    const res = await fetch(`${baseUrl}/topics/${slug}.pdf`)
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`Warming GET /topics/${slug}.pdf answered ${res.status}.`)
  }
  const each = (route, path) => slugs.map((slug) => ({ route, path: path(slug), expect: ok }))
  const plans = {
    html: { requests: each('html', (s) => `/topics/${s}`), amount: 4000 },
    json: { requests: each('json', (s) => `/api/topics/${s}`), amount: 4000 },
    pdfUncached: { requests: each('pdfUncached', (s) => `/__bench/render/${s}`), amount: 600 },
    pdfCached: { requests: each('pdfCached', (s) => `/topics/${s}.pdf`), amount: 2000 },
  }
  const results = {}
  for (const [name, plan] of Object.entries(plans)) results[name] = await runLoad(baseUrl, { ...plan, connections, timeLimitMs })
  return results
}

/** CPU time (ms) of each thread of a process so far, by thread id, from /proc/<pid>/task/<tid>/schedstat (ns). */
const threadCpuMs = (pid) => {
  const byThread = new Map()
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      byThread.set(tid, Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6)
    } catch {
      // the thread ended meanwhile
    }
  }
  return byThread
}

/**
 * GET `path` (must answer 200) and read its body with `read`; the CPU of the Worker's workerd process over it, all
 * threads, and that of its busiest thread alone: the one that ran the request's JavaScript, without V8's compiler
 * and GC helpers or workerd's other threads, which is closer to what the Workers CPU limit counts.
 */
const withWorkerCpu = async (server, path, read) => {
  const worker = server.processes().workerd.find((p) => p.role === 'worker')
  if (!worker) throw new Error('No workerd process runs the Worker.')
  const before = threadCpuMs(worker.pid)
  const res = await fetch(`${server.baseUrl}${path}`)
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`)
  const body = await read(res)
  const deltas = [...threadCpuMs(worker.pid)].map(([tid, ms]) => ms - (before.get(tid) ?? 0))
  return { body, workerProcessCpuMs: deltas.reduce((a, b) => a + b, 0), busiestThreadCpuMs: Math.max(0, ...deltas) }
}

/** CPU of the workerd process running the Worker (all threads, and its busiest) over the first request a fresh server answers. */
export const workerdFirstRequest = async (server, path) => {
  const { workerProcessCpuMs, busiestThreadCpuMs } = await withWorkerCpu(server, path, (res) => res.arrayBuffer())
  return { path, workerProcessCpuMs, busiestThreadCpuMs }
}

/**
 * The first brief a fresh isolate renders (the server must have rendered none yet): the render timed inside the
 * isolate (performance.now), and the CPU of the workerd process running the Worker (all threads, and its busiest)
 * over the request.
 */
export const workerdFirstRender = async (server, slug) => {
  const { body, workerProcessCpuMs, busiestThreadCpuMs } = await withWorkerCpu(server, `/__bench/timings/${slug}?n=1`, (res) => res.json())
  return { slug, insideMs: body.ms[0], workerProcessCpuMs, busiestThreadCpuMs, bytes: body.bytes }
}
