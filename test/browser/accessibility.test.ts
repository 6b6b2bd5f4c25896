import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { AxeResults } from 'axe-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, type LaunchedChromium } from '../support/chromium.mjs'
import type { DomWindow } from '../support/dom'
import { watchPageProblems } from '../support/page-problems'
import { pageTypes } from '../support/site'

const baseUrl = inject('baseUrl')
const pages = await pageTypes(baseUrl)
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
]
// The CSP forbids <script>, so axe goes in through the DevTools protocol (page.evaluate), which the CSP does not govern.
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

let chromium: LaunchedChromium

beforeAll(async () => {
  chromium = await launchChromium({ baseURL: baseUrl })
})

afterAll(async () => {
  await chromium?.close()
})

const describeViolations = (results: AxeResults): string[] =>
  results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'no impact'}): ${v.help}\n${v.nodes.map((n) => `    at ${n.target.join(' ')}`).join('\n')}`,
  )

describe.each(viewports)('axe-core at $name width ($width px)', (viewport) => {
  it.each(pages)('$name page $path has no violations and does not scroll sideways', async ({ path, status }) => {
    const page = await chromium.context.newPage()
    try {
      await page.setViewportSize(viewport)
      const problems = watchPageProblems(page)
      const response = await page.goto(path)
      expect(response?.status()).toBe(status)
      await page.evaluate(axeSource)
      const results = await page.evaluate(() =>
        (globalThis as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe.run({ resultTypes: ['violations'] }),
      )
      expect(results.testEngine.name).toBe('axe-core')
      expect(results.passes.length, 'axe-core ran no rules').toBeGreaterThan(0)
      const violations = describeViolations(results)
      expect(violations, `axe-core found ${violations.length} violations on ${path}:\n${violations.join('\n')}`).toEqual([])
      // WCAG 1.4.10 (reflow): nothing may make the reader scroll sideways.
      const widths = await page.evaluate(() => {
        const w = globalThis as unknown as DomWindow
        return { page: w.document.documentElement.scrollWidth, viewport: w.innerWidth }
      })
      expect(widths.page, `${path} is ${widths.page}px wide in a ${widths.viewport}px viewport`).toBeLessThanOrEqual(widths.viewport)
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })
})

it('reached nothing outside 127.0.0.1', () => {
  expect(chromium.blocked).toEqual([])
})
