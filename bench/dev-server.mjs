// `wrangler dev` for the bench and soak scripts, started by test/support/dev-server.mjs, plus a look at the
// processes it runs (wrangler, and the workerd it spawns in the same process group) through /proc.
import { readdirSync, readFileSync } from 'node:fs'
import { startDevServer } from '../test/support/dev-server.mjs'

/** Starts `wrangler dev`; with `benchRoutes`, with the var BENCH_ROUTES=on that enables src/routes/bench.ts. */
export const startServer = async ({ benchRoutes = false } = {}) => {
  const server = await startDevServer({ extraArgs: benchRoutes ? ['--var', 'BENCH_ROUTES:on'] : [] })
  const port = new URL(server.baseUrl).port
  return { ...server, processes: () => serverProcesses(port) }
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

/**
 * Our `wrangler dev` child (found by its port), its inspector port, and every workerd in its process group:
 * `proxy` is wrangler's own proxy in front of the Worker (it owns the port we send requests to), `worker` runs our
 * Worker (it has the V8 inspector). wrangler restarts the worker process whenever a source file changes.
 */
export const serverProcesses = (port) => {
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(statOf).filter(Boolean)
  const wrangler = all.find((p) => p.ppid === process.pid && cmdlineOf(p.pid).includes('dev') && cmdlineOf(p.pid).includes(String(port)))
  if (!wrangler) throw new Error(`No wrangler dev child of this process listens on port ${port}.`)
  const args = cmdlineOf(wrangler.pid)
  const inspectorPort = Number(args[args.indexOf('--inspector-port') + 1])
  const workerd = all
    .filter((p) => p.pgrp === wrangler.pgrp && p.comm === 'workerd')
    .map((p) => {
      const cmd = cmdlineOf(p.pid).join(' ')
      return { ...p, role: cmd.includes(`entry=127.0.0.1:${port} `) || cmd.endsWith(`entry=127.0.0.1:${port}`) ? 'proxy' : cmd.includes('--inspector-addr') ? 'worker' : 'other' }
    })
  return { wrangler, inspectorPort, workerd }
}
