// Plain ESM so that the browser tests and `node scripts/screenshots.mjs` launch Chromium the same way.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const args = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** Launches Debian's Chromium with a fresh profile; pages may only reach 127.0.0.1, anything else is aborted and recorded. */
export const launchChromium = async (options = {}) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'factsheets-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    args,
    acceptDownloads: true,
    ...options,
  })
  const blocked = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.fallback()
    blocked.push(url.href)
    return route.abort('blockedbyclient')
  })
  const close = async () => {
    await context.close()
    await rm(userDataDir, { recursive: true, force: true })
  }
  return { context, blocked, close }
}
