import type { Page } from 'playwright-core'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchChromium, type LaunchedChromium } from '../support/chromium.mjs'
import type { DomWindow } from '../support/dom'
import { pageTypes } from '../support/site'

const baseUrl = inject('baseUrl')
const factSheet = (await pageTypes(baseUrl)).find((p) => p.name === 'fact sheet')
if (!factSheet) throw new Error('no fact sheet page')

// A4 with 15 mm margins leaves 180 mm of line width: 680 CSS px at 96 px per inch.
const margin = '15mm'
const printableWidthPx = Math.floor((180 / 25.4) * 96)
const a4 = { widthPt: (210 / 25.4) * 72, marginPt: (15 / 25.4) * 72 }
// Block elements whose text would be clipped or spill past the margin if they were too wide.
const textBlocks = 'main, main :is(article, section, h1, h2, h3, p, ul, ol, li, dl, dt, dd, figure, figcaption, blockquote, table, th, td)'

let chromium: LaunchedChromium
let page: Page

beforeAll(async () => {
  chromium = await launchChromium({ baseURL: baseUrl, viewport: { width: printableWidthPx, height: 1000 } })
  page = await chromium.context.newPage()
  await page.emulateMedia({ media: 'print' })
  const response = await page.goto(factSheet.path)
  expect(response?.status()).toBe(200)
})

afterAll(async () => {
  await chromium?.close()
})

it(`hides the site header, navigation and footer in print (${factSheet.path})`, async () => {
  const hidden = await page.evaluate(() => {
    const w = globalThis as unknown as DomWindow
    const display = (selector: string) => {
      const element = w.document.querySelector(selector)
      return element ? w.getComputedStyle(element).display : 'missing'
    }
    const nav = w.document.querySelector('header.site nav')
    return {
      header: display('header.site'),
      footer: display('footer.site'),
      // nav's own display stays `block`: what matters is that it has no boxes because its header is not displayed.
      navBoxes: nav ? nav.getClientRects().length : 'missing',
      main: display('main'),
    }
  })
  expect(hidden).toEqual({ header: 'none', footer: 'none', navBoxes: 0, main: 'block' })
})

it(`cuts no text off horizontally at A4 width (${factSheet.path})`, async () => {
  const overflowing = await page.evaluate((selector) => {
    const w = globalThis as unknown as DomWindow
    const found: string[] = []
    const root = w.document.documentElement
    if (root.scrollWidth > w.innerWidth) found.push(`the page is ${root.scrollWidth}px wide, wider than the ${w.innerWidth}px paper`)
    for (const element of w.document.querySelectorAll(selector)) {
      if (w.getComputedStyle(element).display.startsWith('inline')) continue
      if (element.scrollWidth > element.clientWidth)
        found.push(
          `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ''}${element.className ? ` class="${element.className}"` : ''}> ` +
            `scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}: ${(element.textContent ?? '').trim().slice(0, 80)}`,
        )
    }
    return found
  }, textBlocks)
  expect(overflowing).toEqual([])
})

it(`prints to an A4 PDF with no text past the right margin (${factSheet.path})`, async () => {
  const pdf = await page.pdf({ format: 'A4', margin: { top: margin, right: margin, bottom: margin, left: margin } })
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')

  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise
  const lines: string[] = []
  const outside: string[] = []
  for (let n = 1; n <= document.numPages; n++) {
    const pdfPage = await document.getPage(n)
    const [, , pageWidth = 0] = pdfPage.view
    // Chromium rounds A4 to 8.27 in (595.44 pt) or so: within a point of 210 mm.
    expect(Math.abs(pageWidth - a4.widthPt), `page ${n} is ${pageWidth} pt wide`).toBeLessThan(1)
    for (const item of (await pdfPage.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue
      lines.push(item.str)
      const left = item.transform[4] as number
      // Overflow spills to the right, into the margin; on the left only list numbers hang (into the margin, uncut).
      // One point of slack for rounding in Chromium's PDF output.
      if (left < 0 || left + item.width > pageWidth - a4.marginPt + 1)
        outside.push(`page ${n}: "${item.str}" spans x ${left.toFixed(1)}–${(left + item.width).toFixed(1)} pt`)
    }
  }
  await document.destroy()
  const text = lines.join(' ').replace(/\s+/g, ' ')

  const h1 = (await page.locator('h1').textContent())?.trim() ?? ''
  expect(text).toContain(h1)
  expect(text).not.toContain('All briefs (PDF)')
  expect(text).not.toContain('Download PDF')
  expect(outside).toEqual([])
})
