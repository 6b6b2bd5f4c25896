// Small helpers shared by the bench and soak scripts: CPU clocks, summaries, and plain-text tables.
import { readFileSync } from 'node:fs'

/** CPU milliseconds (user + system, every thread of this process) since a process.cpuUsage() reading. */
export const cpuMsSince = (since) => {
  const u = process.cpuUsage(since)
  return (u.user + u.system) / 1000
}

/**
 * CPU milliseconds this thread (the main thread, where the renderers run) has used: Linux's per-thread
 * sum_exec_runtime. process.cpuUsage also counts V8's compiler and GC helper threads. The kernel updates this
 * counter for a running thread only at scheduler ticks (up to 4 ms here), so use it over many calls, not one.
 */
export const threadCpuMs = () => {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
  } catch {
    return NaN
  }
}

/** Nearest-rank quantile of an ascending array. */
export const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN

/** n, median, p95, min, max of a list of numbers. */
export const summarize = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN }
}

/** A number with a sensible number of decimals for a table cell. */
export const fmt = (x, digits) => {
  if (x === undefined || x === null || Number.isNaN(x)) return '—'
  if (digits !== undefined) return x.toFixed(digits)
  const a = Math.abs(x)
  return x.toFixed(a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3)
}

export const kib = (bytes) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(0)} KiB`)

/** Renders rows (arrays of strings) as an aligned plain-text table; numbers-looking cells align right. */
export const table = (head, rows) => {
  const all = [head, ...rows].map((r) => r.map((c) => String(c ?? '')))
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)))
  const numeric = (s) => /^[-+]?[\d.,]+( ?(ms|KiB|%|x|×))?$/.test(s) || s === '—'
  const line = (r) => r.map((c, i) => (numeric(c) && i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n')
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
