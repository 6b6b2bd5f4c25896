// A Chrome DevTools Protocol session with the Worker's isolate in `wrangler dev`, through wrangler's inspector
// proxy (which wants a loopback Origin header, hence the `ws` package rather than Node 20's WebSocket).
import WebSocket from 'ws'

/** Connects to the isolate behind `inspectorPort`; `heapAfterGc()` is its JS heap after a full collection. */
export const connectInspector = async (inspectorPort, { timeoutMs = 30_000 } = {}) => {
  const targets = await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()
  const url = targets[0]?.webSocketDebuggerUrl
  if (!url) throw new Error(`wrangler's inspector on port ${inspectorPort} lists no Worker.`)
  const ws = new WebSocket(url, { origin: 'http://127.0.0.1' })
  await new Promise((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('error', reject)
  })
  let closed = false
  ws.on('close', () => {
    closed = true
  })
  let nextId = 1
  const pending = new Map()
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString())
    pending.get(message.id)?.(message)
    pending.delete(message.id)
  })
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new Error(`The inspector connection closed (did wrangler restart the Worker?) before ${method}.`))
      const id = nextId++
      const timer = setTimeout(() => {
        pending.delete(id)
        reject(new Error(`The inspector did not answer ${method} within ${timeoutMs / 1000} s.`))
      }, timeoutMs)
      pending.set(id, (message) => {
        clearTimeout(timer)
        if (message.error) reject(new Error(`${method}: ${message.error.message}`))
        else resolve(message.result)
      })
      ws.send(JSON.stringify({ id, method, params }))
    })
  return {
    /**
     * V8 collects all garbage before it writes a heap snapshot (workerd does not answer HeapProfiler.collectGarbage),
     * so the heap's used size right after one is what is really retained. The snapshot chunks are discarded.
     */
    heapAfterGc: async () => {
      await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
      const { usedSize, totalSize } = await send('Runtime.getHeapUsage')
      return { usedKiB: usedSize / 1024, totalKiB: totalSize / 1024 }
    },
    close: () => ws.close(),
  }
}
