import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { corpus } from '../../src/corpus/corpus'
import { timeline, type TimelineEvent } from '../../src/curation/timeline'
import { topics } from '../../src/curation/topics'
import { validateTimeline } from '../../src/curation/validate-timeline'
import { buildFactSheet, buildTimeline } from '../../src/factsheet/build'
import { catalog } from '../../src/factsheet/catalog'

const get = (path: string, init?: RequestInit) => exports.default.fetch(`http://localhost${path}`, init)
const byId = (id: string) => timeline.find((e) => e.id === id)

describe('curated timeline', () => {
  it('holds every invariant: verbatim reports, unique ids, known topics, ISO dates in order', () => {
    expect(validateTimeline(timeline, topics, corpus)).toEqual([])
  })

  it.each([
    ['icc-arrest-warrant', '2023-03', 'month'],
    ['china-peace-plan-released', '2023-02', 'month'],
    ['kirby-speaks-to-voa', '2023-03-17', 'day'],
    ['putin-peoples-daily-article', '2023-03-19', 'day'],
    ['xi-rossiiskaya-gazeta-article', '2023-03-20', 'day'],
    ['xi-arrives-in-moscow', '2023-03-20', 'day'],
    ['first-day-of-talks', '2023-03-20', 'day'],
    ['danilov-tweet', '2023-03-20', 'day'],
    ['second-day-of-talks', '2023-03-21', 'day'],
    ['xi-invites-putin', '2023-03-21', 'day'],
    ['xi-invites-mishustin', '2023-03-21', 'day'],
    ['stoltenberg-in-brussels', '2023-03-21', 'day'],
    ['kishida-to-meet-zelensky', '2023-03-21', 'day'],
  ])('dates %s to %s (%s)', (id, date, precision) => {
    expect(byId(id)).toMatchObject({ date, precision })
  })

  it('never claims a day the sources do not give, and says how every month-only date was worked out', () => {
    for (const event of timeline.filter((e) => e.precision === 'month')) expect(event.dateNote, event.id).toBeTruthy()
    expect(byId('china-peace-plan-released')?.dateNote).toContain('last month')
    expect(byId('icc-arrest-warrant')?.dateNote).toContain('just days after')
  })

  it('puts a cleaner outlet before CNN and flags the garbled CNN-only report', () => {
    for (const event of timeline) {
      const firstCnn = event.reports.findIndex((r) => r.article === 'cnn')
      const lastOther = event.reports.map((r) => r.article !== 'cnn').lastIndexOf(true)
      if (firstCnn >= 0 && lastOther >= 0) expect(firstCnn, event.id).toBeGreaterThan(lastOther)
    }
    expect(byId('kishida-to-meet-zelensky')?.caution).toMatch(/garbled/)
  })
})

describe('validateTimeline', () => {
  const event = (over: Partial<TimelineEvent>): TimelineEvent => ({
    id: 'x',
    date: '2023-03-20',
    precision: 'day',
    title: 'An event',
    topics: ['peace-plan'],
    reports: [{ article: 'voa', paragraph: 'p7', text: 'told reporters in Washington Monday' }],
    ...over,
  })
  const problems = (events: TimelineEvent[]) => validateTimeline(events, topics, corpus).join('\n')

  it('accepts a sound event', () => expect(problems([event({})])).toBe(''))
  it('rejects words not in the paragraph', () =>
    expect(problems([event({ reports: [{ article: 'voa', paragraph: 'p7', text: 'told reporters in Beijing' }] })])).toMatch(/not verbatim/))
  it('rejects unknown article and paragraph ids', () => {
    expect(problems([event({ reports: [{ article: 'nyt', paragraph: 'p1', text: 'x' }] })])).toMatch(/unknown article/)
    expect(problems([event({ reports: [{ article: 'voa', paragraph: 'p99', text: 'x' }] })])).toMatch(/unknown paragraph/)
  })
  it('rejects duplicate and badly formed ids', () => {
    expect(problems([event({}), event({})])).toMatch(/duplicate id/)
    expect(problems([event({ id: 'Not Kebab' })])).toMatch(/lower-case words/)
  })
  it('rejects unknown topics', () => expect(problems([event({ topics: ['no-such-topic'] })])).toMatch(/unknown topic "no-such-topic"/))
  it('rejects dates that are not ISO or do not fit their precision', () => {
    expect(problems([event({ date: '20 March 2023' })])).toMatch(/not an ISO date/)
    expect(problems([event({ date: '2023-02-30' })])).toMatch(/not an ISO date/)
    expect(problems([event({ date: '2023-03', precision: 'day' })])).toMatch(/not an ISO date/)
    expect(problems([event({ date: '2023-13', precision: 'month' })])).toMatch(/not an ISO date/)
    expect(problems([event({ date: '2023-02', precision: 'month' })])).toBe('')
  })
  it('rejects events out of date order', () =>
    expect(problems([event({ id: 'b', date: '2023-03-21' }), event({ id: 'a', date: '2023-03-20' })])).toMatch(/out of order/))
  it('rejects an event without reports', () => expect(problems([event({ reports: [] })])).toMatch(/no report/))
})

describe('events on fact sheets', () => {
  it('puts on each sheet exactly the events tagged with its slug, oldest first', () => {
    for (const sheet of catalog.sheets) {
      const expected = timeline.filter((e) => e.topics.includes(sheet.slug)).map((e) => e.id)
      expect(sheet.events.map((e) => e.id), sheet.slug).toEqual(expected)
    }
  })

  it('cites event sources in the sheet’s own numbered source list, after statements and figures', () => {
    for (const topic of topics) {
      const sheet = buildFactSheet(topic, corpus)
      const without = buildFactSheet(topic, corpus, [])
      expect(without.events).toEqual([])
      // Adding events never renumbers what statements and figures cite.
      expect(sheet.references.slice(0, without.references.length)).toEqual(without.references)
      for (const event of sheet.events)
        for (const report of event.reports) expect(sheet.references[report.source.n - 1], `${topic.slug} ${event.id}`).toBe(report.source)
    }
  })

  it('refuses to build a timeline that names a topic that does not exist', () => {
    expect(() => buildTimeline(corpus, [{ slug: 'peace-plan', title: 'x' }])).toThrow(/does not exist/)
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
