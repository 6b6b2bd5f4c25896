// Plain ESM (not TypeScript) so that both vitest's globalSetup and `node scripts/screenshots.mjs` can import it.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const host = '127.0.0.1'
const outputLimit = 20_000

/** Asks the OS for a loopback port nobody is listening on. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts `wrangler dev` on a free loopback port and resolves once GET /healthz answers 200. */
export const startDevServer = async ({ port, readyTimeoutMs = 90_000, extraArgs = [] } = {}) => {
  const appPort = port ?? (await freePort())
  // A fixed inspector port would collide with any other `wrangler dev` on the machine.
  const inspectorPort = await freePort()
  const wrangler = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js', { paths: [projectRoot] })
  const args = [wrangler, 'dev', '--ip', host, '--port', String(appPort), '--inspector-ip', host, '--inspector-port', String(inspectorPort), '--show-interactive-dev-session=false', '--log-level', 'warn', ...extraArgs]
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    // Its own process group, so teardown can stop wrangler and the workerd it spawns together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_HIDE_BANNER: 'true',
    },
  })
  let output = ''
  const collect = (chunk) => {
    output = (output + chunk.toString()).slice(-outputLimit)
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  let exited = null
  const exit = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal }
      resolve(exited)
    }),
  )

  // Detached children outlive their parent: if the run is cut short before teardown, take wrangler down too.
  const killOnExit = () => {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  process.once('exit', killOnExit)

  const stop = async () => {
    process.off('exit', killOnExit)
    if (exited) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return
    }
    const done = await Promise.race([exit, sleep(5_000).then(() => null)])
    if (!done) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
      await exit
    }
  }

  const baseUrl = `http://${host}:${appPort}`
  const deadline = Date.now() + readyTimeoutMs
  let lastProblem = 'no answer yet'
  // On a build error wrangler keeps running and waits for the source to change: give up at once instead.
  const buildFailed = () => output.includes('Build failed')
  while (Date.now() < deadline) {
    if (exited || buildFailed()) break
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) })
      await res.body?.cancel()
      if (res.status === 200) return { baseUrl, stop, output: () => output }
      lastProblem = `GET /healthz answered ${res.status}`
    } catch (error) {
      lastProblem = `GET /healthz failed: ${error instanceof Error ? (error.cause?.code ?? error.message) : String(error)}`
    }
    await sleep(300)
  }
  const why = exited
    ? `wrangler dev exited (code ${exited.code}, signal ${exited.signal})`
    : buildFailed()
      ? 'wrangler dev could not build the Worker'
      : `GET ${baseUrl}/healthz did not answer 200 within ${readyTimeoutMs / 1000} s (${lastProblem})`
  await stop()
  // Without wrangler's colour codes.
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '').trim()
  throw new Error(`${why}. wrangler's output:\n${plain || '(none)'}`)
}
