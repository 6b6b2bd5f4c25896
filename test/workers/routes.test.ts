import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json'
import { createApp } from '../../src/app'
import { storySource } from '../../src/source/story-source'
import { corroborationSentence } from '../../src/vocabulary'
import { catalog, storyData } from '../support/catalog'

const get = (path: string, init?: RequestInit) => exports.default.fetch(`http://localhost${path}`, init)
const slugs = catalog.sheets.map((s) => s.slug)
/** Text as hono/jsx escapes it. */
const inHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

describe('GET /', () => {
  it('lists every topic with links to HTML, PDF and JSON', async () => {
    const res = await get('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true)
    for (const sheet of catalog.sheets) {
      expect(html).toContain(`href="/topics/${sheet.slug}"`)
      expect(html).toContain(`href="/topics/${sheet.slug}.pdf"`)
      expect(html).toContain(`href="/api/topics/${sheet.slug}"`)
    }
  })
})

describe('GET /topics/:slug', () => {
  it.each(slugs)('%s: every statement links to the paragraph that supports it', async (slug) => {
    const res = await get(`/topics/${slug}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    const sheet = catalog.sheet(slug)!
    expect(html).toContain(`<h1>${sheet.title}</h1>`)
    expect(html).toContain(`href="/topics/${slug}.pdf"`)
    for (const position of sheet.positions) {
      expect(html).toContain(`id="${position.actor}"`)
      for (const statement of position.statements)
        for (const w of statement.wordings) expect(html).toContain(`href="/sources/${w.source.article}#${w.source.paragraph}"`)
    }
  })

  it('shows the CNN quality note wherever CNN is cited', async () => {
    const sheet = catalog.sheets.find((s) => s.references.some((r) => r.article === 'cnn'))!
    const html = await (await get(`/topics/${sheet.slug}`)).text()
    const cnnCitations = html.match(/CNN ¶\d+<\/a> <span class="meta">\(privately owned\)<\/span> <a class="note"/g) ?? []
    const allCnn = html.match(/CNN ¶\d+<\/a>/g) ?? []
    expect(allCnn.length).toBeGreaterThan(0)
    expect(cnnCitations.length).toBe(allCnn.length)
  })

  it("shows each citation's ownership and flags single-source statements", async () => {
    const html = await (await get('/topics/peace-plan')).text()
    const sheet = catalog.sheet('peace-plan')!
    for (const ref of sheet.references)
      expect(html).toContain(`${inHtml(ref.outlet)} ¶${ref.paragraph.slice(1)}</a> <span class="meta">(${inHtml(ref.ownership)})</span>`)
    const statements = sheet.positions.flatMap((p) => p.statements)
    // The sheet has both kinds, so both sentences are exercised.
    expect(statements.some((s) => s.corroboration.newsrooms.length === 1)).toBe(true)
    expect(statements.some((s) => s.corroboration.newsrooms.length > 1)).toBe(true)
    for (const s of statements) {
      const sentence = inHtml(corroborationSentence(s.corroboration))
      expect(html, s.id).toContain(s.corroboration.newsrooms.length === 1 ? `<span class="single">${sentence}</span>` : `<span>${sentence}</span>`)
    }
    expect(html).toMatch(/<span class="single">Single source: only [^<]+ reports this\.<\/span>/)
    expect(html).toMatch(/<span>Corroborated by \d+ newsrooms: [^<]+\.( They may share [^<]+ material\.)?<\/span>/)
  })

  it.each(slugs)('%s: uses every id once, so every anchor lands in one place', async (slug) => {
    const html = await (await get(`/topics/${slug}`)).text()
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it.each(catalog.sheets.filter((s) => Object.keys(s.anchors).length > 0).map((s) => [s.slug, s] as const))(
    '%s: keeps every old positional anchor (us-2) inside the statement it now names, in that actor’s section',
    async (slug, sheet) => {
      const html = await (await get(`/topics/${slug}`)).text()
      const actors = sheet.positions.map((p) => p.actor)
      for (const [alias, id] of Object.entries(sheet.anchors)) {
        const statement = sheet.positions.flatMap((p) => p.statements).find((s) => s.id === id)!
        expect(statement, `${alias} -> ${id}`).toBeDefined()
        const span = html.indexOf(`<span id="${alias}"></span>`)
        expect(span, alias).toBeGreaterThan(0)
        // Inside one statement's figure: the one that cites the statement's first wording.
        const figure = html.lastIndexOf('<figure class="statement"', span)
        expect(figure, alias).toBeGreaterThan(0)
        expect(html.indexOf('</figure>', figure), alias).toBeGreaterThan(span)
        expect(html.slice(figure, html.indexOf('</figure>', figure)), alias).toContain(`<blockquote cite="${statement.wordings[0]!.source.href}">`)
        // An anchor published as <actor>-<n> named that actor's n-th statement: it stays in that actor's section.
        const actor = /^([a-z]+)-\d+$/.exec(alias)?.[1]
        if (actor && actors.includes(actor)) {
          const section = html.indexOf(`<section id="${actor}" aria-labelledby="${actor}-h">`)
          expect(section, alias).toBeGreaterThan(0)
          expect(span, `${alias} in the ${actor} section`).toBeGreaterThan(section)
          expect(span, `${alias} in the ${actor} section`).toBeLessThan(html.indexOf('</section>', section))
        }
      }
    },
  )

  it('says "no stated position" where an actor said nothing', async () => {
    const html = await (await get('/topics/peace-plan')).text()
    expect(html).toContain('No stated position in these sources')
  })

  it('answers Accept: application/json and application/pdf on the same URL', async () => {
    const json = await get('/topics/peace-plan', { headers: { Accept: 'application/json' } })
    expect(json.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(((await json.json()) as { slug: string }).slug).toBe('peace-plan')
    const pdf = await get('/topics/peace-plan', { headers: { Accept: 'application/pdf' } })
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf')
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
  })

  it('refuses an Accept it cannot satisfy with 406 listing the types offered', async () => {
    const res = await get('/topics/peace-plan', { headers: { Accept: 'image/png' } })
    expect(res.status).toBe(406)
    expect(await res.text()).toContain('application/pdf')
  })

  it('redirects a mixed-case slug and a trailing slash to the canonical URL', async () => {
    const upper = await get('/topics/Peace-Plan', { redirect: 'manual' })
    expect(upper.status).toBe(301)
    expect(upper.headers.get('Location')).toBe('/topics/peace-plan')
    const slash = await get('/topics/peace-plan/', { redirect: 'manual' })
    expect(slash.status).toBe(301)
    expect(new URL(slash.headers.get('Location')!, 'http://localhost').pathname).toBe('/topics/peace-plan')
  })

  it('answers an unknown topic with a 404 page that lists the valid slugs', async () => {
    const res = await get('/topics/no-such-topic')
    expect(res.status).toBe(404)
    const html = await res.text()
    for (const slug of slugs) expect(html).toContain(`href="/topics/${slug}"`)
  })
})

describe('GET /topics/:slug.pdf', () => {
  it('downloads the brief as an attachment named after the slug', async () => {
    const res = await get('/topics/peace-plan.pdf')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/pdf')
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="peace-plan.pdf"')
    expect(new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
    const letter = await get('/topics/peace-plan.pdf?paper=letter')
    expect(letter.headers.get('Content-Disposition')).toBe('attachment; filename="peace-plan-letter.pdf"')
    await letter.arrayBuffer()
  })

  it('rejects an unknown paper size with 400 naming the allowed values', async () => {
    const res = await get('/topics/peace-plan.pdf?paper=<b>tabloid</b>')
    expect(res.status).toBe(400)
    const body = await res.text()
    expect(body).toContain('a4')
    expect(body).toContain('letter')
    expect(body).not.toContain('<b>tabloid')
  })

  it('answers If-None-Match with 304 and no body', async () => {
    const first = await get('/topics/peace-plan.pdf?paper=letter')
    const etag = first.headers.get('ETag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    const again = await get('/topics/peace-plan.pdf?paper=letter', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('renders once, then serves repeats from the isolate cache', async () => {
    const first = await get('/topics/peace-plan.pdf?paper=a4&x=1')
    const second = await get('/topics/peace-plan.pdf?paper=a4&x=2')
    expect(['render', 'isolate', 'cache-api']).toContain(first.headers.get('X-Brief-Source'))
    expect(second.headers.get('X-Brief-Source')).toBe('isolate')
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(new Uint8Array(await first.arrayBuffer()))
  })
})

describe('JSON API', () => {
  it('GET /api/topics lists slug, title and summary of every topic', async () => {
    const body = (await (await get('/api/topics')).json()) as { topics: { slug: string; title: string; summary: string }[] }
    expect(body.topics.map((t) => t.slug)).toEqual(slugs)
    for (const t of body.topics) expect(t.title && t.summary).toBeTruthy()
  })

  it('GET /api/topics/:slug has the documented shape', async () => {
    type Json = {
      slug: string
      positions: {
        actor: string
        stance: string
        summary: string
        statements: { kind: string; quote: string; speaker: { name: string; role: string }; date: string; precision: 'day' | 'month' | 'year'; sources: { article: string; outlet: string; paragraph: string }[] }[]
      }[]
      sources: { article: string; outlet: string; headline: string; date: string }[]
    }
    for (const slug of slugs) {
      const body = (await (await get(`/api/topics/${slug}`)).json()) as Json
      expect(body.slug).toBe(slug)
      expect(body.positions.map((p) => p.actor)).toEqual(storyData.story.actors.map((a) => a.id))
      for (const p of body.positions)
        for (const s of p.statements) {
          expect(['quote', 'paraphrase', 'characterisation']).toContain(s.kind)
          expect(s.speaker.name).toBeTruthy()
          expect(s.date).toMatch({ day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }[s.precision])
          for (const src of s.sources) expect(catalog.corpus.paragraph(src.article, src.paragraph)).toBeDefined()
        }
      for (const a of body.sources) expect(a.headline && a.outlet && a.date).toBeTruthy()
    }
  })

  it('leaves an optional field out where it does not apply: never null, empty or false', async () => {
    /** Every key path in `value` whose value is null, '', false or an empty string; [] is a value (no statements). */
    const blanks = (value: unknown, path: string): string[] =>
      value === null || value === '' || value === false
        ? [path]
        : Array.isArray(value)
          ? value.flatMap((v, i) => blanks(v, `${path}[${i}]`))
          : typeof value === 'object'
            ? Object.entries(value as object).flatMap(([k, v]) => (k === 'singleSource' || k === 'sharedWire' ? [] : blanks(v, `${path}.${k}`)))
            : []
    const paths = [...slugs.map((s) => `/api/topics/${s}`), '/api/timeline', ...storyData.story.actors.map((a) => `/api/actors/${a.id}`)]
    let cnn = 0
    for (const path of paths) {
      const body = (await (await get(path)).json()) as object
      expect(blanks(body, path)).toEqual([])
      const text = JSON.stringify(body)
      cnn += (text.match(/"article":"cnn"/g) ?? []).length
      expect((text.match(/"qualityNote":/g) ?? []).length, path).toBe((text.match(/"article":"cnn"/g) ?? []).length)
    }
    expect(cnn).toBeGreaterThan(0)
    for (const slug of slugs) {
      const body = (await (await get(`/api/topics/${slug}`)).json()) as { positions: { stance: string; basis?: string; telling?: string }[] }
      for (const p of body.positions) {
        expect('basis' in p, `${slug} ${p.stance}`).toBe(p.stance !== 'none')
        expect('telling' in p, `${slug} ${p.stance}`).toBe(p.stance !== 'none')
      }
    }
  })

  it('answers an unknown topic with a JSON 404 listing the valid slugs', async () => {
    const res = await get('/api/topics/nope')
    expect(res.status).toBe(404)
    const body = (await res.json()) as { error: { suggestions: { href: string }[] } }
    expect(body.error.suggestions.map((s) => s.href)).toEqual(slugs.map((s) => `/topics/${s}`))
  })
})

describe('sources', () => {
  it('GET /sources lists the five articles', async () => {
    const html = await (await get('/sources')).text()
    for (const a of catalog.corpus.articles) expect(html).toContain(`href="/sources/${a.id}"`)
  })

  it('GET /sources/:id gives every paragraph its anchor', async () => {
    const html = await (await get('/sources/voa')).text()
    const voa = catalog.corpus.article('voa')!
    for (const p of voa.paragraphs) expect(html).toContain(`<p id="${p.id}">`)
  })

  it('redirects every alias of an article (an earlier id) to it with a 301', async () => {
    for (const article of catalog.corpus.articles)
      for (const alias of article.aliases) {
        const res = await get(`/sources/${alias}`, { redirect: 'manual' })
        expect(res.status, alias).toBe(301)
        expect(res.headers.get('Location'), alias).toBe(`/sources/${article.id}`)
      }
  })

  it('redirects an alias the source declares, whatever the bundled data holds', async () => {
    const [first, ...rest] = storyData.articles
    const renamed = { ...first!, aliases: [...first!.aliases, 'old-name'] }
    const app = createApp(storySource({ ...storyData, articles: [renamed, ...rest] }))
    const res = await app.request('/sources/Old-Name', { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('Location')).toBe(`/sources/${first!.id}`)
    expect((await app.request(`/sources/${first!.id}`)).status).toBe(200)
    expect((await app.request('/sources/not-an-alias')).status).toBe(404)
  })

  it('answers an unknown source with 404 and the valid ids', async () => {
    const res = await get('/sources/nyt')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('href="/sources/voa"')
  })
})

describe('HTTP behaviour', () => {
  it('sends security headers with a strict CSP on every response', async () => {
    for (const path of ['/', '/topics/peace-plan', '/nope', '/api/topics']) {
      const res = await get(path)
      const csp = res.headers.get('Content-Security-Policy')!
      expect(csp).toContain("default-src 'none'")
      expect(csp).not.toContain('unsafe-inline')
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(res.headers.get('Strict-Transport-Security')).toBeTruthy()
      expect(res.headers.get('X-Frame-Options')).toBe('DENY')
    }
  })

  it('answers HEAD like GET without a body', async () => {
    const res = await get('/topics/peace-plan', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('ETag')).toBeTruthy()
    expect(await res.text()).toBe('')
  })

  it('refuses other methods with 405 and an Allow header', async () => {
    const res = await get('/topics/peace-plan', { method: 'POST', body: 'x' })
    expect(res.status).toBe(405)
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS')
  })

  it('answers OPTIONS with the allowed methods', async () => {
    const res = await get('/', { method: 'OPTIONS' })
    expect(res.status).toBe(204)
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS')
  })

  it('gives HTML and JSON strong ETags and 304s', async () => {
    for (const path of ['/', '/topics/peace-plan', '/api/topics/peace-plan', '/sources/cnn']) {
      const etag = (await get(path)).headers.get('ETag')!
      expect(etag, path).toMatch(/^"/)
      const res = await get(path, { headers: { 'If-None-Match': etag } })
      expect(res.status, path).toBe(304)
    }
  })

  it('never echoes an unknown path unescaped', async () => {
    const res = await get('/%3Cscript%3Ealert(1)%3C/script%3E')
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('<script>')
  })

  it('reports health and the data version, uncached', async () => {
    const res = await get('/healthz')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const body = (await res.json()) as { status: string; dataVersion: string; topics: number; articles: number; version: string }
    expect(body).toEqual({ status: 'ok', dataVersion: catalog.dataVersion, topics: catalog.sheets.length, articles: storyData.articles.length, version: packageJson.version })
  })
})
