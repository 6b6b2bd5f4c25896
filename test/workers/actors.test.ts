import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { ActorId } from '../../src/curation/types'
import { buildActorRecord } from '../../src/factsheet/actor-record'
import { mostTellingStatement } from '../../src/factsheet/glance'
import { actorIds, actorNames, catalog } from '../support/catalog'

const get = (path: string, init?: RequestInit) => exports.default.fetch(`http://localhost${path}`, { redirect: 'manual', ...init })
const script = '<script>alert(1)</script>'
/** Text as hono/jsx escapes it. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
/** Text as hono/jsx escapes it, then as a literal in a RegExp. */
const inHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every statement of an actor across the catalog, with its topic. */
const statementsOf = (actor: ActorId) =>
  catalog.sheets.flatMap((sheet) => sheet.positions.filter((p) => p.actor === actor).flatMap((p) => p.statements.map((s) => ({ slug: sheet.slug, statement: s }))))

describe('catalog.actorRecord', () => {
  it.each(actorIds)('%s: the record buildActorRecord makes, built once and then reused by every request', (actor) => {
    const kept = catalog.actorRecord(actor)
    expect(catalog.actorRecord(actor)).toBe(kept)
    expect(kept).toEqual(buildActorRecord(actor, catalog.sheets))
  })
})

describe('buildActorRecord', () => {
  it.each(actorIds)('%s: every topic once, with the stance and every statement of the topic sheet', (actor) => {
    const record = buildActorRecord(actor, catalog.sheets)
    expect(record.actorName).toBe(actorNames[actor])
    expect(record.topics.map((t) => t.slug)).toEqual(catalog.sheets.map((s) => s.slug))
    for (const topic of record.topics) {
      const position = catalog.sheet(topic.slug)!.positions.find((p) => p.actor === actor)!
      expect([topic.stance, topic.summary]).toEqual([position.stance, position.summary])
      expect(topic.statements.map((s) => [s.id, s.quote, s.speaker])).toEqual(position.statements.map((s) => [s.id, s.quote, s.speaker]))
      expect(topic.href).toBe(`/topics/${topic.slug}#${actor}`)
    }
    expect(record.statementCount).toBe(statementsOf(actor).length)
  })

  it.each(actorIds)('%s: numbers citations 1..n across topics, each paragraph once', (actor) => {
    const record = buildActorRecord(actor, catalog.sheets)
    const numbers = record.topics.flatMap((t) => t.statements.flatMap((s) => s.wordings.map((w) => w.source.n)))
    expect([...new Set(numbers)]).toEqual(record.references.map((_, i) => i + 1))
    const keys = record.references.map((r) => `${r.article}#${r.paragraph}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it.each(actorIds)('%s: counts each speaker’s statements, by kind, most first', (actor) => {
    const record = buildActorRecord(actor, catalog.sheets)
    const all = statementsOf(actor)
    expect(record.speakers.reduce((n, s) => n + s.statements, 0)).toBe(all.length)
    for (const speaker of record.speakers) {
      const own = all.filter((x) => x.statement.speaker.name === speaker.name)
      expect(speaker.statements).toBe(own.length)
      expect(speaker.kinds.quote + speaker.kinds.paraphrase + speaker.kinds.characterisation).toBe(own.length)
      expect(new Set(speaker.roles)).toEqual(new Set(own.map((x) => x.statement.speaker.role)))
      expect(new Set(speaker.topics)).toEqual(new Set(own.map((x) => x.slug)))
    }
    const counts = record.speakers.map((s) => s.statements)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })
})

describe('GET /actors', () => {
  it('lists the five actors with links to every format', async () => {
    const res = await get('/actors')
    expect(res.status).toBe(200)
    const html = await res.text()
    for (const id of actorIds) {
      expect(html).toContain(`<a href="/actors/${id}">${actorNames[id]}</a>`)
      expect(html).toContain(`href="/actors/${id}.md"`)
      expect(html).toContain(`href="/api/actors/${id}"`)
    }
    expect(await (await get('/')).text()).toContain('<a href="/actors">Actors</a>')
  })

  it('GET /api/actors lists the five in canonical order', async () => {
    const body = (await (await get('/api/actors')).json()) as { actors: { actor: string; actorName: string; statements: number }[] }
    expect(body.actors.map((a) => a.actor)).toEqual([...actorIds])
    for (const a of body.actors) expect(a.statements).toBe(statementsOf(a.actor as ActorId).length)
  })
})

describe('GET /actors/:id', () => {
  it.each(actorIds)('%s: every statement, grouped by topic, each citation linking to its paragraph', async (actor) => {
    const res = await get(`/actors/${actor}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain(`<h1>${actorNames[actor]}: positions on every topic</h1>`)
    for (const sheet of catalog.sheets) {
      expect(html).toContain(`<section id="topic-${sheet.slug}"`)
      expect(html).toContain(`href="/topics/${sheet.slug}#${actor}"`)
    }
    for (const { slug, statement } of statementsOf(actor)) {
      expect(html).toContain(`<figure class="statement" id="${slug}-${statement.id}">`)
      for (const w of statement.wordings) expect(html).toContain(`href="/sources/${w.source.article}#${w.source.paragraph}"`)
    }
  })

  it.each(actorIds)('%s: the stance table gives each topic’s most telling statement, as page 1 of the brief does, linked to it below', async (actor) => {
    const html = await (await get(`/actors/${actor}`)).text()
    const table = html.slice(html.indexOf('<table class="glance">'), html.indexOf('</table>'))
    expect(table).toContain('<th scope="col">Most telling statement</th>')
    for (const topic of catalog.actorRecord(actor).topics) {
      const row = table.slice(table.indexOf(`<a href="#topic-${topic.slug}">`))
      const cells = row.slice(0, row.indexOf('</tr>'))
      const telling = mostTellingStatement(topic)
      if (!telling) {
        expect(cells, topic.slug).toContain('<span class="meta">—</span>')
        continue
      }
      expect(cells, topic.slug).toContain(`href="#${topic.slug}-${telling.id}"`)
      expect(html).toContain(`id="${topic.slug}-${telling.id}"`)
    }
  })

  it('shows the curator’s choice for a topic, not the rule’s (Russia on the partnership: not "dear friend")', async () => {
    const html = await (await get('/actors/russia')).text()
    const table = html.slice(html.indexOf('<table class="glance">'), html.indexOf('</table>'))
    expect(table).toContain('href="#russia-china-partnership-putin-landmark-event"')
    expect(table).not.toContain('dear friend')
  })

  it.each(actorIds)('%s: every id is unique and every [n] has its numbered source', async (actor) => {
    const html = await (await get(`/actors/${actor}`)).text()
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    expect(ids.length).toBe(new Set(ids).size)
    const cited = new Set([...html.matchAll(/>\[(\d+)\] /g)].map((m) => Number(m[1])))
    const listed = new Set([...html.matchAll(/<li id="ref-(\d+)"/g)].map((m) => Number(m[1])))
    expect(cited).toEqual(listed)
  })

  it('shows ownership beside citations exactly as on topic pages, and the CNN note beside every CNN citation', async () => {
    const us = await (await get('/actors/us')).text()
    const references = buildActorRecord('us', catalog.sheets).references
    expect(references.length).toBeGreaterThan(0)
    for (const ref of references)
      expect(us).toContain(`${escaped(ref.outlet)} ¶${ref.paragraph.slice(1)}</a> <span class="meta">(${escaped(ref.ownership)})</span>`)
    const russia = await (await get('/actors/russia')).text()
    const allCnn = russia.match(/CNN ¶\d+<\/a>/g) ?? []
    const withNote = russia.match(/CNN ¶\d+<\/a> <span class="meta">\(privately owned\)<\/span> <a class="note"/g) ?? []
    expect(allCnn.length).toBeGreaterThan(0)
    expect(withNote.length).toBe(allCnn.length)
  })

  it('lists the speakers with their roles and how many statements each', async () => {
    const html = await (await get('/actors/us')).text()
    for (const s of buildActorRecord('us', catalog.sheets).speakers) {
      const row = new RegExp(`<tr><th scope="row">${inHtml(s.name)}</th><td>([^<]*)</td><td>${s.statements} <span class="meta">`).exec(html)
      expect(row, s.name).not.toBeNull()
      expect(row![1]).toMatch(new RegExp(`^${inHtml(s.roles.join('; '))}$`))
    }
  })

  it('says where an actor said nothing', async () => {
    const html = await (await get('/actors/nato')).text()
    expect(html).toContain('No stated position in these sources')
  })

  it('redirects mixed case to the canonical id, keeping the format', async () => {
    for (const [from, to] of [
      ['/actors/US', '/actors/us'],
      ['/actors/Nato.md', '/actors/nato.md'],
      ['/api/actors/CHINA', '/api/actors/china'],
    ]) {
      const res = await get(from!)
      expect(res.status, from).toBe(301)
      expect(res.headers.get('Location'), from).toBe(to)
    }
  })

  it('answers an unknown id with a 404 page listing the five', async () => {
    for (const id of ['eu', 'usa', 'u s', encodeURIComponent(script), '%00', 'us.md.md', 'x'.repeat(1500)]) {
      const res = await get(`/actors/${id}`)
      expect(res.status, id).toBe(404)
      const html = await res.text()
      for (const valid of actorIds) expect(html).toContain(`href="/actors/${valid}"`)
      expect(html).toContain(actorIds.join(', '))
      expect(html).not.toContain('<script>')
      // The layout's canonical link carries the (escaped) path; the message itself never echoes it.
      expect(html.slice(html.indexOf('<main'))).not.toContain('xxxxxxxxxx')
    }
  })

  it('answers an unknown id under /api with a JSON 404 listing the five', async () => {
    const res = await get(`/api/actors/${encodeURIComponent(script)}`)
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    const body = (await res.json()) as { error: { suggestions: { href: string }[] } }
    expect(body.error.suggestions.map((s) => s.href)).toEqual(actorIds.map((id) => `/actors/${id}`))
    expect(JSON.stringify(body)).not.toContain('<script')
  })
})

describe('GET /api/actors/:id', () => {
  it.each(actorIds)('%s: topics with stance, statements in the topic API shape, renumbered references', async (actor) => {
    type Json = {
      actor: string
      speakers: { name: string; roles: string[]; statements: number }[]
      topics: { slug: string; stance: string; url: string; telling?: string; statements: { id: string; quote: string; sources: { n: number; article: string; paragraph: string; url: string }[] }[] }[]
      references: { n: number; article: string; paragraph: string }[]
    }
    const res = await get(`/api/actors/${actor}`)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const body = (await res.json()) as Json
    expect(body.actor).toBe(actor)
    expect(body.topics.map((t) => t.slug)).toEqual(catalog.sheets.map((s) => s.slug))
    expect(body.references.map((r) => r.n)).toEqual(body.references.map((_, i) => i + 1))
    for (const topic of body.topics)
      for (const s of topic.statements)
        for (const src of s.sources) {
          const ref = body.references[src.n - 1]!
          expect([ref.article, ref.paragraph]).toEqual([src.article, src.paragraph])
          expect(src.url).toBe(`/sources/${src.article}#${src.paragraph}`)
        }
    // The statement at a glance, as the page and page 1 of the brief show it; none where the actor said nothing.
    const record = catalog.actorRecord(actor)
    expect(body.topics.map((t) => t.telling)).toEqual(record.topics.map((t) => mostTellingStatement(t)?.id))
    for (const topic of body.topics) if (topic.telling) expect(topic.statements.map((s) => s.id)).toContain(topic.telling)
  })

  it('names the curator’s choice (Russia on the partnership)', async () => {
    const body = (await (await get('/api/actors/russia')).json()) as { topics: { slug: string; telling?: string }[] }
    expect(body.topics.find((t) => t.slug === 'russia-china-partnership')?.telling).toBe('putin-landmark-event')
  })
})

describe('caching', () => {
  it('gives every actor and format its own strong ETag and answers If-None-Match with 304', async () => {
    const etags: string[] = []
    for (const path of ['/actors', '/api/actors', ...actorIds.flatMap((id) => [`/actors/${id}`, `/actors/${id}.md`, `/api/actors/${id}`])]) {
      const etag = (await get(path, { method: 'HEAD' })).headers.get('ETag')!
      expect(etag, path).toMatch(/^"[^"]+"$/)
      etags.push(etag)
      expect((await get(path, { headers: { 'If-None-Match': etag } })).status, path).toBe(304)
    }
    expect(new Set(etags).size).toBe(etags.length)
  })
})
