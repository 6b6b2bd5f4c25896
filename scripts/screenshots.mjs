// Saves PNGs of the index and one fact sheet at phone and desktop widths to docs/screenshots/, for people to look at.
// Usage: npm run screenshots   (needs /usr/bin/chromium, or CHROMIUM_PATH)
import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../test/support/chromium.mjs'
import { startDevServer } from '../test/support/dev-server.mjs'

const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
const factSheet = process.argv[2] ?? 'peace-plan'
const pages = [
  { name: 'index', path: '/' },
  { name: `topic-${factSheet}`, path: `/topics/${factSheet}` },
]
const viewports = [
  // The phone view is the whole page, to show how everything reflows; the desktop view is what the first screen shows.
  { name: 'phone', width: 390, height: 844, fullPage: false },
  { name: 'desktop', width: 1280, height: 900, fullPage: false },
]

await mkdir(outDir, { recursive: true })
const server = await startDevServer()
let chromium
try {
  chromium = await launchChromium({ baseURL: server.baseUrl })
  const page = await chromium.context.newPage()
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height })
    for (const { name, path } of pages) {
      const response = await page.goto(path)
      if (response?.status() !== 200) throw new Error(`GET ${path} answered ${response?.status()}`)
      const file = `${outDir}${name}-${viewport.name}.png`
      await page.screenshot({ path: file, fullPage: viewport.fullPage })
      console.log(`wrote ${file.slice(fileURLToPath(new URL('..', import.meta.url)).length)}`)
    }
  }
  if (chromium.blocked.length > 0) throw new Error(`pages tried to reach outside 127.0.0.1: ${chromium.blocked.join(', ')}`)
} finally {
  await chromium?.close()
  await server.stop()
}
