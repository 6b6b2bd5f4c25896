// HTTP load with autocannon against `wrangler dev` on 127.0.0.1, bounded by a request count and a time limit,
// with latency and status checks per route (autocannon itself reports latency only for the whole run).
import autocannon from 'autocannon'
import { summarize } from './stats.mjs'

/**
 * `requests`: [{ route, path, headers?, expect: (status) => boolean }], cycled by every connection.
 * Stops after `amount` responses, or at `timeLimitMs` (then `completed` is false).
 */
export const runLoad = (baseUrl, { requests, connections, amount, timeLimitMs }) =>
  new Promise((resolve, reject) => {
    const url = new URL(baseUrl)
    if (url.hostname !== '127.0.0.1') throw new Error(`Load goes to 127.0.0.1 only, not ${url.hostname}.`)
    const routes = new Map()
    const routeOf = (name) => {
      if (!routes.has(name)) routes.set(name, { latencies: [], statuses: {}, unexpected: 0, serverErrors: 0 })
      return routes.get(name)
    }
    let last
    const started = performance.now()
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        amount,
        timeout: 30,
        requests: requests.map((r) => ({
          method: 'GET',
          path: r.path,
          headers: r.headers,
          // Called just before autocannon's 'response' event for the same response: remember whose it is.
          onResponse: (status) => {
            const stats = routeOf(r.route)
            stats.statuses[status] = (stats.statuses[status] ?? 0) + 1
            if (!r.expect(status)) stats.unexpected++
            if (status >= 500) stats.serverErrors++
            last = stats
          },
        })),
      },
      (error, result) => {
        clearTimeout(timer)
        if (error) return reject(error)
        const seconds = (performance.now() - started) / 1000
        const byRoute = Object.fromEntries(
          [...routes].map(([name, s]) => {
            const l = summarize(s.latencies)
            return [name, { requests: l.n, rps: l.n / seconds, p50Ms: l.median, p99Ms: quantileOf(s.latencies, 0.99), statuses: s.statuses, unexpected: s.unexpected, serverErrors: s.serverErrors }]
          }),
        )
        const all = [...routes.values()].flatMap((s) => s.latencies)
        resolve({
          requests: all.length,
          completed: !stoppedEarly && all.length >= amount,
          seconds,
          rps: all.length / seconds,
          p50Ms: summarize(all).median,
          p99Ms: quantileOf(all, 0.99),
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count])),
          unexpected: [...routes.values()].reduce((n, s) => n + s.unexpected, 0),
          serverErrors: [...routes.values()].reduce((n, s) => n + s.serverErrors, 0),
          byRoute,
        })
      },
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => last?.latencies.push(responseTime))
    let stoppedEarly = false
    const timer = setTimeout(() => {
      stoppedEarly = true
      instance.stop()
    }, timeLimitMs)
  })

const quantileOf = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN
}
