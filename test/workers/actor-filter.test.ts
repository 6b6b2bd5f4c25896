import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import type { ActorId } from '../../src/curation/types'
import { filterActors } from '../../src/factsheet/filter-actors'
import type { FactSheet } from '../../src/factsheet/model'
import { actorIds, actorNames, catalog } from '../support/catalog'

const get = (path: string, init?: RequestInit) => exports.default.fetch(`http://localhost${path}`, { redirect: 'manual', ...init })
const script = '<script>alert(1)</script>'

/** Every reference number a sheet cites, in reading order (statements, figures, events). */
const citedNumbers = (sheet: FactSheet) => [
  ...sheet.positions.flatMap((p) => p.statements.flatMap((s) => s.wordings.map((w) => w.source.n))),
  ...sheet.figures.flatMap((f) => f.sources.map((s) => s.n)),
  ...sheet.events.flatMap((e) => e.reports.map((r) => r.source.n)),
]

/** The paragraphs a sheet cites, as `article#paragraph`. */
const citedParagraphs = (sheet: FactSheet) =>
  new Set([
    ...sheet.positions.flatMap((p) => p.statements.flatMap((s) => s.wordings.map((w) => `${w.source.article}#${w.source.paragraph}`))),
    ...sheet.figures.flatMap((f) => f.sources.map((s) => `${s.article}#${s.paragraph}`)),
    ...sheet.events.flatMap((e) => e.reports.map((r) => `${r.source.article}#${r.source.paragraph}`)),
  ])

/** The actor names a brief's PDF lists in its Keywords (UTF-16BE hex, as pdf-lib writes them uncompressed). */
const pdfKeywordActors = async (bytes: ArrayBuffer): Promise<string[]> => {
  // The document information dictionary sits in a compressed object stream: read it through pdf-lib.
  const keywords = ((await PDFDocument.load(bytes, { updateMetadata: false })).getKeywords() ?? '').split(', ')
  return Object.values(actorNames).filter((name) => keywords.includes(name))
}

describe('filterActors', () => {
  const subsets: ActorId[][] = [['us'], ['china', 'us'], ['nato'], ['ukraine', 'russia', 'nato'], []]

  it.each(catalog.sheets.map((s) => s.slug))('%s: keeps only the chosen actors, in canonical order', (slug) => {
    const sheet = catalog.sheet(slug)!
    for (const actors of subsets) {
      const filtered = filterActors(sheet, actors, actorIds)
      expect(filtered.positions.map((p) => p.actor)).toEqual(actorIds.filter((id) => actors.includes(id)))
    }
  })

  it.each(catalog.sheets.map((s) => s.slug))('%s: numbers the remaining references 1..n in order of first citation', (slug) => {
    const sheet = catalog.sheet(slug)!
    for (const actors of subsets) {
      const filtered = filterActors(sheet, actors, actorIds)
      const numbers = citedNumbers(filtered)
      const firstSeen = [...new Set(numbers)]
      expect(firstSeen).toEqual(filtered.references.map((_, i) => i + 1))
      expect(filtered.references.map((r) => r.n)).toEqual(firstSeen)
      // Exactly the paragraphs still cited, each pointing where the whole sheet's reference did.
      expect(new Set(filtered.references.map((r) => `${r.article}#${r.paragraph}`))).toEqual(citedParagraphs(filtered))
      for (const p of filtered.positions)
        for (const s of p.statements)
          for (const w of s.wordings) expect(filtered.references[w.source.n - 1]).toBe(w.source)
      const cited = new Set(filtered.references.map((r) => r.article))
      expect(filtered.articles.map((a) => a.article)).toEqual(sheet.articles.map((a) => a.article).filter((a) => cited.has(a)))
    }
  })

  it('keeps the whole sheet unchanged when all five are chosen, and never mutates its input', () => {
    const sheet = catalog.sheet('peace-plan')!
    const before = JSON.stringify(sheet)
    expect(JSON.stringify(filterActors(sheet, actorIds, actorIds))).toBe(before)
    filterActors(sheet, ['nato'], actorIds)
    expect(JSON.stringify(sheet)).toBe(before)
  })

  it('keeps key figures and events, which belong to the topic rather than an actor', () => {
    const sheet = catalog.sheet('russia-china-partnership')!
    const filtered = filterActors(sheet, ['nato'], actorIds)
    expect(filtered.figures.map((f) => f.label)).toEqual(sheet.figures.map((f) => f.label))
    expect(filtered.events.map((e) => e.id)).toEqual(sheet.events.map((e) => e.id))
  })
})

describe('?actors= on every format', () => {
  it('HTML shows only the chosen actors, says so, and offers the selection in other formats', async () => {
    const res = await get('/topics/peace-plan?actors=china,us')
    expect(res.status).toBe(200)
    const html = await res.text()
    const sections = [...html.matchAll(/<section id="(\w+)" aria-labelledby="\1-h">/g)].map((m) => m[1])
    expect(sections.filter((id) => (actorIds as readonly string[]).includes(id!))).toEqual(['us', 'china'])
    expect(html).not.toContain('id="russia"')
    expect(html).toContain('Showing United States, China only')
    expect(html).toContain('href="/topics/peace-plan"')
    expect(html).toContain('href="/topics/peace-plan.pdf?actors=us,china"')
    expect(html).toContain('href="/topics/peace-plan.md?actors=us,china"')
    expect(html).toContain('href="/api/topics/peace-plan?actors=us,china"')
    const refs = [...html.matchAll(/<li id="ref-(\d+)" value="\1">/g)].map((m) => Number(m[1]))
    expect(refs).toEqual(filterActors(catalog.sheet('peace-plan')!, ['us', 'china'], actorIds).references.map((r) => r.n))
  })

  it('JSON lists only the chosen actors and names the filter, on /api, .json and by Accept', async () => {
    type Json = { positions: { actor: string }[]; references: { n: number }[]; actorFilter: { actors: string[]; omitted: string[] } }
    for (const [path, init] of [
      ['/api/topics/lethal-aid?actors=NATO,us', undefined],
      ['/topics/lethal-aid.json?actors=us,nato', undefined],
      ['/topics/lethal-aid?actors=nato,us', { headers: { Accept: 'application/json' } }],
    ] as const) {
      const res = await get(path, init)
      expect(res.status, path).toBe(200)
      const body = (await res.json()) as Json
      expect(body.positions.map((p) => p.actor), path).toEqual(['us', 'nato'])
      expect(body.actorFilter).toEqual({ actors: ['us', 'nato'], omitted: ['ukraine', 'russia', 'china'] })
      expect(body.references.map((r) => r.n)).toEqual(body.references.map((_, i) => i + 1))
    }
  })

  it('Markdown lists only the chosen actors and says so', async () => {
    const res = await get('/topics/peace-plan.md?actors=nato')
    expect(res.status).toBe(200)
    const md = await res.text()
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(headings.filter((h) => Object.values(actorNames).includes(h!))).toEqual(['NATO'])
    expect(md).toContain('**Showing NATO only** (`actors=nato`)')
  })

  it('PDF renders a brief of only the chosen actors, named after the selection, never the cached whole brief', async () => {
    const whole = await get('/topics/icc-warrant.pdf')
    const wholeBytes = await whole.arrayBuffer()
    expect(await pdfKeywordActors(wholeBytes)).toEqual(Object.values(actorNames))
    const res = await get('/topics/icc-warrant.pdf?actors=russia,US')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="icc-warrant-us-russia.pdf"')
    expect(res.headers.get('X-Brief-Source')).not.toBe('isolate')
    expect(res.headers.get('ETag')).not.toBe(whole.headers.get('ETag'))
    const bytes = await res.arrayBuffer()
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    expect(await pdfKeywordActors(bytes)).toEqual(['United States', 'Russia'])
  })

  it('keeps the filter through a redirect to the canonical slug', async () => {
    const res = await get('/topics/Peace-Plan.md?actors=us')
    expect(res.status).toBe(301)
    expect(res.headers.get('Location')).toBe('/topics/peace-plan.md?actors=us')
  })
})

describe('ETags per filter', () => {
  const formats: [string, (query: string) => string][] = [
    ['html', (q) => `/topics/peace-plan${q}`],
    ['json', (q) => `/api/topics/peace-plan${q}`],
    ['markdown', (q) => `/topics/peace-plan.md${q}`],
    ['pdf', (q) => `/topics/peace-plan.pdf${q}`],
  ]
  const filters = ['', '?actors=us', '?actors=china', '?actors=us,china', '?actors=nato']

  it('differ for every filter in every format, and between formats', async () => {
    const all: string[] = []
    for (const [format, path] of formats) {
      const etags = await Promise.all(filters.map(async (q) => (await get(path(q), { method: 'HEAD' })).headers.get('ETag')!))
      expect(new Set(etags).size, format).toBe(filters.length)
      all.push(...etags)
    }
    expect(new Set(all).size).toBe(all.length)
  })

  it('are the same for the same selection however it is written', async () => {
    for (const [format, path] of formats) {
      const same = ['?actors=china,us', '?actors=US,China', '?actors=us,china,us', '?actors=us&actors=china', '?actors=%20us%20,china,']
      const etags = await Promise.all(same.map(async (q) => (await get(path(q), { method: 'HEAD' })).headers.get('ETag')))
      expect(new Set(etags).size, format).toBe(1)
    }
  })

  it('naming all five is the whole sheet', async () => {
    for (const [format, path] of formats) {
      const whole = (await get(path(''), { method: 'HEAD' })).headers.get('ETag')
      const five = (await get(path('?actors=nato,china,russia,ukraine,us'), { method: 'HEAD' })).headers.get('ETag')
      expect(five, format).toBe(whole)
    }
  })

  it('answer If-None-Match with 304 for a filtered representation, and not for another filter', async () => {
    for (const [format, path] of formats) {
      const etag = (await get(path('?actors=ukraine'), { method: 'HEAD' })).headers.get('ETag')!
      expect((await get(path('?actors=ukraine'), { headers: { 'If-None-Match': etag } })).status, format).toBe(304)
      const other = await get(path('?actors=russia'), { headers: { 'If-None-Match': etag } })
      expect(other.status, format).toBe(200)
      await other.arrayBuffer()
    }
  })
})

describe('bad ?actors=', () => {
  const bad: [string, string][] = [
    ['empty', 'actors='],
    ['only commas and spaces', 'actors=%20,%20,'],
    ['unknown id', 'actors=eu'],
    ['one unknown among known', 'actors=us,eu'],
    ['HTML', `actors=${encodeURIComponent(script)}`],
    ['HTML among known', `actors=us,${encodeURIComponent(script)}`],
    ['overlong', `actors=${'a'.repeat(1800)}`],
    ['near-miss id', 'actors=usa'],
    ['NUL byte', 'actors=us%00'],
  ]

  it.each(bad)('%s: 400 naming the parameter and the valid ids, in every format', async (_what, query) => {
    for (const path of ['/topics/peace-plan', '/topics/peace-plan.pdf', '/topics/peace-plan.md', '/topics/peace-plan.json', '/api/topics/peace-plan']) {
      const res = await get(`${path}?${query}`)
      expect(res.status, path).toBe(400)
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      const body = await res.text()
      expect(body, path).toMatch(/parameter (&quot;|\\")actors(&quot;|\\")/)
      for (const id of actorIds) expect(body, path).toContain(`actors=${id}`)
      expect(body).not.toContain('<script>')
      expect(body).not.toContain('aaaaaaaaaa')
    }
  })

  it('answers JSON errors under /api', async () => {
    const res = await get(`/api/topics/peace-plan?actors=${encodeURIComponent(script)}`)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    const body = (await res.json()) as { error: { status: number; message: string; suggestions: { label: string }[] } }
    expect(body.error.status).toBe(400)
    expect(body.error.message).toContain('"actors"')
    expect(body.error.suggestions.map((s) => s.label)).toEqual(actorIds.map((id) => `actors=${id}`))
  })

  it('accepts duplicates, mixed case, blanks between commas and repeats', async () => {
    for (const query of ['actors=us,us', 'actors=US', 'actors=Us,,', `actors=${'us,'.repeat(300)}`, 'actors=us&actors=us', 'actors=us&actors=']) {
      const res = await get(`/api/topics/peace-plan?${query}`)
      expect(res.status, query).toBe(200)
      expect(((await res.json()) as { positions: { actor: string }[] }).positions.map((p) => p.actor)).toEqual(['us'])
    }
  })

  it('refuses a query past the URL limit with 414', async () => {
    expect((await get(`/topics/peace-plan?actors=${'us,'.repeat(800)}`)).status).toBe(414)
  })
})
