// `wrangler dev` for the bench and soak scripts, started by test/support/dev-server.mjs, plus a look at the
// processes it runs (wrangler, and the workerd it spawns in the same process group) through /proc.
import { readdirSync, readFileSync } from 'node:fs'
import { startDevServer } from '../test/support/dev-server.mjs'

/**
 * Starts `wrangler dev`; with `benchRoutes`, with the var BENCH_ROUTES=on. dev-server.mjs takes no extra
 * arguments (so no `--var`), but passes our environment on: CLOUDFLARE_INCLUDE_PROCESS_ENV=true makes wrangler
 * hand process.env to the Worker as vars. Only the local dev Worker sees them; a .dev.vars file would disable it.
 */
export const startServer = async ({ benchRoutes = false } = {}) => {
  const saved = { include: process.env.CLOUDFLARE_INCLUDE_PROCESS_ENV, bench: process.env.BENCH_ROUTES }
  if (benchRoutes) Object.assign(process.env, { CLOUDFLARE_INCLUDE_PROCESS_ENV: 'true', BENCH_ROUTES: 'on' })
  try {
    const server = await startDevServer()
    const port = new URL(server.baseUrl).port
    return { ...server, processes: () => serverProcesses(port) }
  } finally {
    for (const [key, value] of [['CLOUDFLARE_INCLUDE_PROCESS_ENV', saved.include], ['BENCH_ROUTES', saved.bench]])
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
  }
}

const statOf = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name is in parentheses and may contain spaces: split after the last ")".
    const close = stat.lastIndexOf(')')
    const fields = stat.slice(close + 2).split(' ')
    return { pid: Number(pid), comm: stat.slice(stat.indexOf('(') + 1, close), ppid: Number(fields[1]), pgrp: Number(fields[2]) }
  } catch {
    return undefined // gone meanwhile
  }
}

const cmdlineOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
  } catch {
    return []
  }
}

/** Resident set size in KiB (VmRSS), or 0 if the process is gone. */
export const rssKiB = (pid) => {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** Our `wrangler dev` child (found by its port) and every workerd in its process group. */
export const serverProcesses = (port) => {
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(statOf).filter(Boolean)
  const wrangler = all.find((p) => p.ppid === process.pid && cmdlineOf(p.pid).includes('dev') && cmdlineOf(p.pid).includes(String(port)))
  if (!wrangler) throw new Error(`No wrangler dev child of this process listens on port ${port}.`)
  const workerd = all.filter((p) => p.pgrp === wrangler.pgrp && p.comm === 'workerd')
  return { wrangler, workerd }
}
