// Headless Chromium printing our own HTML fact sheet (its print stylesheet) to PDF, timed by the wall clock:
// a warm page (one browser, one page, navigate + page.pdf() per render) and a whole process per render
// (`chromium --headless --print-to-pdf`). Both load the page from `wrangler dev` on 127.0.0.1.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromiumPath, launchChromium } from '../../test/support/chromium.mjs'
import { summarize } from '../stats.mjs'

/** Navigate and print, `count` times after `warmup`, cycling `slugs`; pdf() alone is reported too. */
export const chromiumWarmPage = async (baseUrl, slugs, { warmup = 2, count = 20, budgetMs = 15_000 } = {}) => {
  const { context, blocked, close } = await launchChromium()
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const render = async (i) => {
      const started = performance.now()
      await page.goto(`${baseUrl}/topics/${slugs[i % slugs.length]}`, { waitUntil: 'load' })
      const printing = performance.now()
      const pdf = await page.pdf({ format: 'A4', printBackground: true })
      return { pdf, ms: performance.now() - started, pdfMs: performance.now() - printing }
    }
    for (let i = 0; i < warmup; i++) await render(i)
    const ms = []
    const pdfMs = []
    let bytes = 0
    const started = performance.now()
    for (let i = 0; i < count && (i < slugs.length || performance.now() - started < budgetMs); i++) {
      const r = await render(i)
      ms.push(r.ms)
      pdfMs.push(r.pdfMs)
      bytes += r.pdf.length
    }
    if (blocked.length > 0) throw new Error(`The page asked for addresses off 127.0.0.1: ${blocked.join(', ')}`)
    return { wall: summarize(ms), pdfOnly: summarize(pdfMs), meanBytes: Math.round(bytes / ms.length) }
  } finally {
    await close()
  }
}

// The flags test/support/chromium.mjs gives Playwright, plus what a one-shot headless print needs.
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-pdf-header-footer']

const printOnce = (url, out, profile, timeoutMs) =>
  new Promise((resolve, reject) => {
    const child = spawn(chromiumPath, [...flags, `--user-data-dir=${profile}`, `--print-to-pdf=${out}`, url], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-4000)
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`chromium --print-to-pdf exited with ${code ?? signal}: ${stderr.trim().slice(-800)}`))
    })
  })

/** One whole Chromium process per render (after one untimed run that warms the disk cache and profile). */
export const chromiumProcess = async (baseUrl, slugs, { count = 5, timeoutMs = 30_000 } = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'factsheets-print-'))
  try {
    const profile = join(dir, 'profile')
    const out = join(dir, 'out.pdf')
    await printOnce(`${baseUrl}/topics/${slugs[0]}`, out, profile, timeoutMs)
    const ms = []
    let bytes = 0
    for (let i = 0; i < count; i++) {
      const started = performance.now()
      await printOnce(`${baseUrl}/topics/${slugs[i % slugs.length]}`, out, profile, timeoutMs)
      ms.push(performance.now() - started)
      bytes += readFileSync(out).length
    }
    return { wall: summarize(ms), meanBytes: Math.round(bytes / count) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
