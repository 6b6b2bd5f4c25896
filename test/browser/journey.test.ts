import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { normaliseForMatch } from '../../src/curation/normalise'
import { launchChromium, type LaunchedChromium } from '../support/chromium.mjs'
import type { DomWindow } from '../support/dom'
import { watchPageProblems } from '../support/page-problems'
import { getJson } from '../support/site'

interface SheetJson {
  title: string
  positions: { actorName: string; statements: { id: string; quote: string; sources: { paragraph: string; url: string; wording: string }[] }[] }[]
}

const baseUrl = inject('baseUrl')
const viewport = { width: 1280, height: 900 }
let chromium: LaunchedChromium
let page: Page
let problems: string[]

beforeAll(async () => {
  chromium = await launchChromium({ baseURL: baseUrl, viewport })
  page = await chromium.context.newPage()
  problems = watchPageProblems(page)
})

afterAll(async () => {
  await chromium?.close()
})

/** The slug of the first topic the index links to, reached by clicking it. */
const openFirstTopicFromIndex = async () => {
  await page.goto('/')
  const link = page.locator('ul.topics h2 a').first()
  const title = (await link.textContent())?.trim() ?? ''
  await link.click()
  await page.waitForURL(/\/topics\/[a-z0-9-]+$/)
  const slug = new URL(page.url()).pathname.split('/').pop() ?? ''
  return { title, slug }
}

it('follows a topic link from the index to its fact sheet', async () => {
  const { title, slug } = await openFirstTopicFromIndex()
  const sheet = await getJson<SheetJson>(baseUrl, `/api/topics/${slug}`)
  expect(title).toBe(sheet.title)
  await expect.poll(() => page.locator('h1').textContent()).toBe(sheet.title)
  expect(await page.locator('section h2').allTextContents()).toEqual(expect.arrayContaining(sheet.positions.map((p) => p.actorName)))

  const statement = sheet.positions.flatMap((p) => p.statements)[0]
  if (!statement) throw new Error(`/api/topics/${slug} has no statements`)
  const shown = await page.locator(`figure.statement#${statement.id} blockquote`).textContent()
  expect(normaliseForMatch(shown ?? '')).toContain(normaliseForMatch(statement.quote))
})

it('follows a citation to its source paragraph and scrolls it into view', async () => {
  const { slug } = await openFirstTopicFromIndex()
  const sheet = await getJson<SheetJson>(baseUrl, `/api/topics/${slug}`)
  // A paragraph far down its article, so reaching it takes a scroll.
  const sources = sheet.positions.flatMap((p) => p.statements).map((s) => s.sources[0]).filter((s) => s !== undefined)
  const cited = sources.find((s) => Number(s.paragraph.slice(1)) >= 10) ?? sources[0]
  if (!cited) throw new Error(`/api/topics/${slug} cites nothing`)

  await page.locator(`.statement .cites a[href="${cited.url}"]`).first().click()
  await page.waitForURL((url) => url.pathname + url.hash === cited.url)
  expect(new URL(page.url()).hash).toBe(`#${cited.paragraph}`)

  const paragraph = page.locator(`[id="${cited.paragraph}"]`)
  await expect.poll(() => paragraph.count()).toBe(1)
  expect(normaliseForMatch((await paragraph.textContent()) ?? '')).toContain(normaliseForMatch(cited.wording))
  expect(await page.locator(':target').getAttribute('id')).toBe(cited.paragraph)

  const box = await paragraph.boundingBox()
  if (!box) throw new Error(`#${cited.paragraph} is not rendered`)
  expect(box.y, `#${cited.paragraph} starts above the viewport`).toBeGreaterThanOrEqual(0)
  expect(box.y, `#${cited.paragraph} starts below the viewport`).toBeLessThan(viewport.height)
  if (box.height <= viewport.height) expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
  if (Number(cited.paragraph.slice(1)) >= 10) expect(await page.evaluate(() => (globalThis as unknown as DomWindow).scrollY)).toBeGreaterThan(0)
})

it('downloads the PDF brief through the Download PDF link', async () => {
  const { slug } = await openFirstTopicFromIndex()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()])
  expect(await download.failure()).toBeNull()
  expect(download.suggestedFilename()).toBe(`${slug}.pdf`)
  const bytes = await readFile(await download.path())
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(bytes.subarray(-32).toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true)
})

it('logged no console or page errors and reached nothing outside 127.0.0.1', () => {
  expect(problems).toEqual([])
  expect(chromium.blocked).toEqual([])
})
