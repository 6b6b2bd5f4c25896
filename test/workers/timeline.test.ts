import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { buildFactSheet } from '../../src/factsheet/build'
import { catalog, storyData } from '../support/catalog'

// The curated timeline's own invariants (verbatim reports, ids, topics, dates) are check:data's: test/data/timeline.test.ts.
const get = (path: string, init?: RequestInit) => exports.default.fetch(`http://localhost${path}`, init)
const { timeline, topics } = storyData
const inputs = { story: storyData.story, corpus: catalog.corpus, statements: storyData.statements, timeline }

describe('events on fact sheets', () => {
  it('puts on each sheet exactly the events tagged with its slug, oldest first', () => {
    for (const sheet of catalog.sheets) {
      const expected = timeline.filter((e) => e.topics.includes(sheet.slug)).map((e) => e.id)
      expect(sheet.events.map((e) => e.id), sheet.slug).toEqual(expected)
    }
  })

  it('cites event sources in the sheet’s own numbered source list, after statements and figures', () => {
    for (const topic of topics) {
      const sheet = buildFactSheet(topic, inputs)
      const without = buildFactSheet(topic, { ...inputs, timeline: [] })
      expect(without.events).toEqual([])
      // Adding events never renumbers what statements and figures cite.
      expect(sheet.references.slice(0, without.references.length)).toEqual(without.references)
      for (const event of sheet.events)
        for (const report of event.reports) expect(sheet.references[report.source.n - 1], `${topic.slug} ${event.id}`).toBe(report.source)
    }
  })

  it('lists on the timeline page every event, with the topics in index order', () => {
    expect(catalog.timeline.events.map((e) => e.id)).toEqual(timeline.map((e) => e.id))
    expect(catalog.timeline.topics.map((t) => t.slug)).toEqual(catalog.sheets.map((s) => s.slug))
    for (const event of catalog.timeline.events)
      for (const report of event.reports) expect(catalog.timeline.references[report.source.n - 1]).toBe(report.source)
  })
})

describe('GET /timeline', () => {
  it('lists every event with its sources and links to its topic sheets', async () => {
    const res = await get('/timeline')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    expect(html).toContain('<h1>Timeline</h1>')
    for (const event of timeline) {
      expect(html).toContain(`id="event-${event.id}"`)
      for (const report of event.reports) expect(html).toContain(`href="/sources/${report.article}#${report.paragraph}"`)
      for (const slug of event.topics) expect(html).toContain(`href="/topics/${slug}#event-${event.id}"`)
    }
  })

  it('shows month-only dates as months and lists events in date order', async () => {
    const html = await (await get('/timeline')).text()
    expect(html).toContain('<time datetime="2023-02">February 2023</time>')
    expect(html).toContain('<time datetime="2023-03-17">17 March 2023</time>')
    expect(html).toContain('<time datetime="2014">2014</time>')
    const positions = timeline.map((e) => html.indexOf(`id="event-${e.id}"`))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('marks CNN citations as garbled machine translation', async () => {
    const html = await (await get('/timeline')).text()
    const cnn = html.match(/CNN ¶\d+<\/a> <span class="meta">\([^)]*\)<\/span>( <a class="note")?/g) ?? []
    expect(cnn.length).toBeGreaterThan(0)
    for (const c of cnn) expect(c).toContain('class="note"')
    expect(html).toContain('a Amazing trip to Ukraine')
  })

  it('answers If-None-Match with 304, and HEAD without a body', async () => {
    const first = await get('/timeline')
    const etag = first.headers.get('ETag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    expect((await get('/timeline', { headers: { 'If-None-Match': etag } })).status).toBe(304)
    const head = await get('/timeline', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('is linked from the site navigation', async () => {
    expect(await (await get('/')).text()).toContain('<a href="/timeline">Timeline</a>')
  })
})

describe('GET /api/timeline', () => {
  type Json = {
    dataVersion: string
    events: { id: string; date: string; precision: string; title: string; topics: string[]; sources: { article: string; paragraph: string; url: string; wording: string }[] }[]
    topics: { slug: string; title: string; url: string }[]
    references: { n: number; url: string }[]
  }

  it('gives every event with its date precision, topics and verbatim sources', async () => {
    const res = await get('/api/timeline')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const body = (await res.json()) as Json
    expect(body.dataVersion).toBe(catalog.dataVersion)
    expect(body.events.map((e) => e.id)).toEqual(timeline.map((e) => e.id))
    expect(body.topics.map((t) => t.slug)).toEqual(topics.map((t) => t.slug))
    for (const event of body.events) {
      expect(event.sources.length).toBeGreaterThan(0)
      for (const s of event.sources) {
        expect(catalog.corpus.paragraph(s.article, s.paragraph)).toBeDefined()
        expect(s.url).toBe(`/sources/${s.article}#${s.paragraph}`)
      }
    }
    for (const event of timeline) expect(body.events.find((e) => e.id === event.id), event.id).toMatchObject({ date: event.date, precision: event.precision })
    expect(body.events.find((e) => e.id === 'icc-arrest-warrant')).toMatchObject({ date: '2023-03', precision: 'month' })
  })

  it('answers If-None-Match with 304', async () => {
    const etag = (await get('/api/timeline')).headers.get('ETag')!
    expect((await get('/api/timeline', { headers: { 'If-None-Match': etag } })).status).toBe(304)
  })
})

describe('Timeline on topic sheets', () => {
  it.each(catalog.sheets.map((s) => [s.slug, s] as const))('%s: a Timeline section after Key figures, before Sources', async (slug, sheet) => {
    const html = await (await get(`/topics/${slug}`)).text()
    const at = html.indexOf('<section id="timeline"')
    expect(at).toBeGreaterThan(0)
    if (sheet.figures.length > 0) expect(at).toBeGreaterThan(html.indexOf('<section id="figures"'))
    expect(at).toBeLessThan(html.indexOf('<section id="sources"'))
    for (const event of sheet.events) {
      expect(html).toContain(`id="event-${event.id}"`)
      for (const r of event.reports) expect(html).toContain(`<li id="ref-${r.source.n}" value="${r.source.n}"><a href="${r.source.href}">`)
    }
  })

  it('includes events in the topic JSON, citing the same numbers as the references', async () => {
    type Json = { events: { id: string; sources: { n: number; url: string }[] }[]; references: { n: number; url: string }[] }
    const body = (await (await get('/api/topics/peace-plan')).json()) as Json
    expect(body.events.map((e) => e.id)).toEqual(catalog.sheet('peace-plan')!.events.map((e) => e.id))
    for (const event of body.events) for (const s of event.sources) expect(body.references[s.n - 1]?.url).toBe(s.url)
  })
})
