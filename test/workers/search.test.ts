import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { catalog } from '../support/catalog'
import { readSearchQuery } from '../../src/search/search-query'
import { buildSearchIndex, matchKinds, searchStatements, type SearchResult } from '../../src/search/search-statements'
import { foldForSearch } from '../../src/search/search-text'

const get = (path: string, init?: RequestInit) => exports.default.fetch(`http://localhost${path}`, { redirect: 'manual', ...init })
const index = buildSearchIndex(catalog.sheets)
const search = (q: string) => searchStatements(index, q)
const slugOrder = catalog.sheets.map((s) => s.slug)
const statementOf = (r: SearchResult) => catalog.sheet(r.topic.slug)?.positions.flatMap((p) => p.statements).find((s) => s.id === r.statement.id)

describe('readSearchQuery', () => {
  it('trims and collapses spacing', () => expect(readSearchQuery('  peace \t plan \n')).toEqual({ kind: 'ok', text: 'peace plan' }))
  it('treats missing, empty and blank queries as empty', () => {
    for (const raw of [undefined, '', '   ', '\u0000\u001b']) expect(readSearchQuery(raw), JSON.stringify(raw)).toEqual({ kind: 'empty' })
  })
  it('turns control characters and bidi overrides into spaces', () =>
    expect(readSearchQuery('\u0000mal\u202earkey\u0007')).toEqual({ kind: 'ok', text: 'mal arkey' }))
  it('allows 200 characters and refuses 201, counting characters rather than UTF-16 units', () => {
    expect(readSearchQuery('a'.repeat(200)).kind).toBe('ok')
    expect(readSearchQuery(`  ${'a'.repeat(200)}  `).kind).toBe('ok')
    expect(readSearchQuery('a'.repeat(201)).kind).toBe('too-long')
    expect(readSearchQuery('🙂'.repeat(200)).kind).toBe('ok')
  })
})

describe('foldForSearch', () => {
  it('folds case, accents and quote-mark style', () => {
    expect(foldForSearch('ZÉLENSKYY')).toBe('zelenskyy')
    expect(foldForSearch('hasn’t')).toBe(foldForSearch("hasn't"))
    expect(foldForSearch('“diplomatic cover”')).toBe('"diplomatic cover"')
  })
})

describe('searchStatements on the curated data', () => {
  it('finds Kirby first for "malarkey", with the matching wording and its paragraph', () => {
    const [first] = search('malarkey')
    expect(first?.speaker.name).toBe('John Kirby')
    expect(first?.match).toBe('phrase')
    expect(first?.wording.text).toMatch(/malarkey/)
    expect(first?.links.source).toBe(`/sources/${first?.wording.article}#${first?.wording.paragraph}`)
    expect(catalog.corpus.paragraph(first!.wording.article, first!.wording.paragraph)?.text).toContain('malarkey')
  })

  it('links every result to a statement that exists on its topic sheet, with the wording it shows', () => {
    for (const r of search('ceasefire')) {
      const statement = statementOf(r)
      expect(statement, `${r.topic.slug}#${r.statement.id}`).toBeDefined()
      expect(statement!.wordings.map((w) => w.text)).toContain(r.wording.text)
      expect([`/topics/${r.topic.slug}#${r.statement.id}`, `/topics/${r.topic.slug}#${r.actor.id}--${r.statement.id}`]).toContain(r.links.statement)
    }
  })

  it('links a statement shown under two actors to the copy in the result’s own actor’s section', async () => {
    const results = search('American domination').filter((r) => r.topic.slug === 'hegemony-narrative')
    expect(results.map((r) => r.actor.id)).toEqual(['russia', 'china'])
    const html = await (await get('/topics/hegemony-narrative')).text()
    for (const r of results) {
      const section = html.slice(html.indexOf(`<section id="${r.actor.id}"`))
      const anchor = r.links.statement.split('#')[1]
      expect(section.slice(0, section.indexOf('</section>'))).toContain(`id="${anchor}"`)
    }
  })

  it('ranks phrase > all words > speaker > topic, ties in topic order', () => {
    for (const q of ['diplomatic cover', 'lethal aid', 'Russia-China', 'peace plan', 'Putin']) {
      const results = search(q)
      expect(results.length, q).toBeGreaterThan(0)
      const keys = results.map((r) => [matchKinds.indexOf(r.match), slugOrder.indexOf(r.topic.slug)] as const)
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1])
      expect(keys, q).toEqual(sorted)
    }
  })

  it('puts a phrase match above results that only match the topic title', () => {
    // A sheet whose title names the phrase (as the ICC sheet's once did) but whose statements do not contain it.
    const titled = catalog.sheets.find((s) => s.positions.some((p) => p.statements.length > 0) && !foldForSearch(JSON.stringify(s.positions)).includes('diplomatic cover'))!
    const sheets = catalog.sheets.map((s) => (s === titled ? { ...s, title: `${s.title} and the “diplomatic cover” charge` } : s))
    const results = searchStatements(buildSearchIndex(sheets), 'diplomatic cover')
    expect(results[0]?.match).toBe('phrase')
    expect(results[0]?.wording.text).toMatch(/diplomatic cover/)
    expect(results.at(-1)?.match).toBe('topic')
    expect(results.at(-1)?.topic.slug).toBe(titled.slug)
  })

  it('matches all words in a quote when they are not in a row', () => {
    const results = search('cover diplomatic')
    expect(results[0]?.match).toBe('words')
  })

  it('matches a speaker by name or role, and a speaker together with words of the quote', () => {
    expect(search('Stoltenberg').every((r) => r.match === 'speaker' && r.speaker.name === 'Jens Stoltenberg')).toBe(true)
    expect(search('Stoltenberg').length).toBeGreaterThan(0)
    const both = search('Kirby malarkey')
    expect(both.map((r) => [r.match, r.speaker.name])).toEqual([['speaker', 'John Kirby']])
    expect(search('Secretary-General')[0]?.speaker.name).toBe('Jens Stoltenberg')
  })

  it('matches a topic title', () => {
    const results = search('ICC')
    expect(results.length).toBeGreaterThan(0)
    expect(results.every((r) => r.topic.slug === 'icc-warrant' && r.match === 'topic')).toBe(true)
  })

  it('ignores case, accents, quote marks and hyphenation', () => {
    const ids = (q: string) => search(q).map((r) => `${r.topic.slug}#${r.statement.id}`)
    expect(ids('ZÉLENSKYY')).toEqual(ids('zelenskyy'))
    expect(ids('hasn’t talked')).toEqual(ids("hasn't talked"))
    expect(ids('hasn’t talked').length).toBeGreaterThan(0)
    expect(ids('“diplomatic cover”')).toEqual(ids('diplomatic cover'))
    expect(ids('cease-fire')).toEqual(ids('ceasefire'))
  })

  it('finds nothing for words the corpus lacks, and for no words at all', () => {
    expect(search('Власов')).toEqual([])
    expect(search('<script>')).toEqual([])
    expect(search('“ ” — !')).toEqual([])
  })
})

describe('GET /search', () => {
  it('shows a plain GET form with a label and a hint when there is no query', async () => {
    for (const path of ['/search', '/search?q=', '/search?q=%20%20']) {
      const res = await get(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
      const html = await res.text()
      expect(html).toContain('<form class="search" method="get" action="/search" role="search">')
      expect(html).toContain('<label for="q">')
      expect(html).toContain('<input id="q" name="q" type="search" value=""')
      expect(html).toContain('href="/search?q=ceasefire"')
      expect(html).not.toContain('<script')
      expect(html).not.toContain('<ol class="results">')
    }
  })

  it('lists the results, best first, with links to the statement and the source paragraph', async () => {
    const html = await (await get('/search?q=malarkey')).text()
    const [first] = search('malarkey')
    expect(html).toContain('1 statement matches “malarkey”')
    expect(html).toContain('value="malarkey"')
    const results = html.slice(html.indexOf('<ol class="results">'))
    expect(results).toContain(`href="${first!.links.statement}"`)
    expect(results).toContain(`href="${first!.links.source}"`)
    expect(results.indexOf('John Kirby')).toBeGreaterThan(0)
  })

  it('orders the page as the API does', async () => {
    const html = await (await get('/search?q=diplomatic+cover')).text()
    const links = [...html.matchAll(/On the fact sheet <a href="([^"]+)"/g)].map((m) => m[1])
    expect(links).toEqual(search('diplomatic cover').map((r) => r.links.statement))
  })

  it('marks CNN wordings as garbled machine translation', async () => {
    const html = await (await get('/search?q=Stoltenberg')).text()
    expect(html).toContain('href="/sources/cnn#quality"')
  })

  it('says so when nothing matches, escaping the query', async () => {
    for (const q of ['Власов', '<script>alert(1)</script>']) {
      const res = await get(`/search?q=${encodeURIComponent(q)}`)
      expect(res.status).toBe(200)
      const html = await res.text()
      expect(html).toContain('No statement matches')
      expect(html).not.toContain('<script')
      if (q === 'Власов') expect(html).toContain('“Власов”')
      else expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    }
  })

  it('refuses a query over 200 characters with a 400 page naming the limit', async () => {
    expect((await get(`/search?q=${'a'.repeat(200)}`)).status).toBe(200)
    const res = await get(`/search?q=${'a'.repeat(201)}`)
    expect(res.status).toBe(400)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('200 characters')
    expect(html).not.toContain('a'.repeat(201))
  })

  it('answers If-None-Match with 304, per query', async () => {
    const etag = (await get('/search?q=malarkey')).headers.get('ETag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    expect((await get('/search?q=malarkey', { headers: { 'If-None-Match': etag } })).status).toBe(304)
    expect((await get('/search?q=ceasefire', { headers: { 'If-None-Match': etag } })).status).toBe(200)
    expect((await get('/search?q=%20malarkey%20', { headers: { 'If-None-Match': etag } })).status).toBe(304)
  })

  it('is linked from the site navigation', async () => {
    expect(await (await get('/')).text()).toContain('<a href="/search">Search</a>')
  })
})

describe('GET /api/search', () => {
  const script = '<script>alert(1)</script>'
  type Json = { query: string; count: number; dataVersion: string; results: SearchResult[] }

  it('answers JSON with the ranked results', async () => {
    const res = await get('/api/search?q=malarkey')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const body = (await res.json()) as Json
    expect(body.query).toBe('malarkey')
    expect(body.count).toBe(body.results.length)
    expect(body.dataVersion).toBe(catalog.dataVersion)
    expect(body.results).toEqual(search('malarkey'))
    expect(body.results[0]).toMatchObject({
      match: 'phrase',
      speaker: { name: 'John Kirby' },
      actor: { id: 'us', name: 'United States' },
      topic: { slug: expect.any(String), title: expect.any(String) },
      links: { statement: expect.stringMatching(/^\/topics\/[a-z-]+#[a-z0-9]+(-[a-z0-9]+)*$/), source: expect.stringMatching(/^\/sources\/bloomberg#p\d+$/) },
    })
    const [first] = body.results
    expect(first!.links.statement).toBe(`/topics/${first!.topic.slug}#${first!.statement.id}`)
  })

  it('echoes the query in JSON with markup characters escaped', async () => {
    const res = await get(`/api/search?q=${encodeURIComponent(script)}`)
    const text = await res.text()
    expect(text).toContain('\\u003cscript\\u003e')
    expect((JSON.parse(text) as Json).query).toBe(script)
  })

  it('answers a query with no match with an empty list', async () => {
    const body = (await (await get(`/api/search?q=${encodeURIComponent('Власов')}`)).json()) as Json
    expect(body).toMatchObject({ query: 'Власов', count: 0, results: [] })
  })

  it('refuses an empty or missing query with a 400 JSON error naming q', async () => {
    for (const path of ['/api/search', '/api/search?q=', '/api/search?q=%20%09', '/api/search?q=%00']) {
      const res = await get(path)
      expect(res.status, path).toBe(400)
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
      const body = (await res.json()) as { error: { status: number; message: string } }
      expect(body.error.status).toBe(400)
      expect(body.error.message).toContain('"q"')
    }
  })

  it('refuses a query over 200 characters with a 400 JSON error naming the limit', async () => {
    const res = await get(`/api/search?q=${'b'.repeat(201)}`)
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: { message: string } }
    expect(body.error.message).toContain('200 characters')
    expect(JSON.stringify(body)).not.toContain('b'.repeat(201))
  })

  it('answers If-None-Match with 304', async () => {
    const etag = (await get('/api/search?q=malarkey')).headers.get('ETag')!
    expect((await get('/api/search?q=malarkey', { headers: { 'If-None-Match': etag } })).status).toBe(304)
  })
})

describe('hostile and malformed queries', () => {
  const script = '<script>alert(1)</script>'
  /** [what, query string, status of /search, status of /api/search] */
  const cases: [string, string, number, number][] = [
    ['HTML in q', `q=${encodeURIComponent(script)}`, 200, 200],
    ['attribute break-out in q', `q=${encodeURIComponent('"><script>alert(1)</script>')}`, 200, 200],
    ['event handler in q', `q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, 200, 200],
    ['javascript: URL in q', `q=${encodeURIComponent('javascript:alert(1)')}`, 200, 200],
    ['NUL and escape bytes around a word', 'q=%00malarkey%1b%5b31m', 200, 200],
    ['only control bytes', 'q=%00%01%02%7f', 200, 400],
    ['CRLF in q', 'q=peace%0d%0aSet-Cookie:%20x=1', 200, 200],
    ['invalid percent-encoding', 'q=%E0%A4%A', 200, 200],
    ['lone percent sign', 'q=100%', 200, 200],
    ['invalid UTF-8 bytes', 'q=%C3%28', 200, 200],
    ['encoded surrogate', 'q=%ED%A0%80', 200, 200],
    ['201 characters', `q=${'x'.repeat(201)}`, 400, 400],
    ['201 characters of Cyrillic', `q=${encodeURIComponent('ж'.repeat(201))}`, 400, 400],
    ['repeated q', 'q=malarkey&q=ceasefire', 200, 200],
    ['empty q', 'q=', 200, 400],
  ]

  it.each(cases)('%s', async (_what, query, htmlStatus, apiStatus) => {
    for (const [path, status] of [
      ['/search', htmlStatus],
      ['/api/search', apiStatus],
    ] as const) {
      const res = await get(`${path}?${query}`)
      expect(res.status, path).toBe(status)
      const body = await res.text()
      expect(body).not.toContain('<script')
      expect(body).not.toContain('<img')
      expect(body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
      expect([...res.headers.keys()]).not.toContain('set-cookie')
      if (path === '/search' && status === 200) expect(body).toContain('<form class="search"')
      if (path === '/api/search') {
        expect(body).not.toMatch(/[<>]/)
        expect(() => JSON.parse(body)).not.toThrow()
      }
    }
  })
})
