import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { FactSheet } from '../../src/factsheet/model'
import { escapeMarkdown } from '../../src/render/markdown/escape'
import { factSheetMarkdown } from '../../src/render/markdown/fact-sheet'
import { actorIds, catalog } from '../support/catalog'

const get = (path: string, init?: RequestInit) => exports.default.fetch(`http://localhost${path}`, { redirect: 'manual', ...init })
const slugs = catalog.sheets.map((s) => s.slug)

/** `[^n]: Outlet, "Headline", 20 March 2023, ¶12, <url> (ownership).` with an optional quality note. */
const definition = /^\[\^(\d+)\]: (.+?), "(.+)", (\d{1,2} [A-Z][a-z]+ \d{4}), ¶(\d+), <([^>]+)> \(([^)]+)\)\.( Quality note: .+)?$/

/** Footnote definitions by number, and every footnote mark used in the text. */
const footnotesOf = (md: string) => {
  const lines = md.split('\n')
  const definitions = new Map(lines.flatMap((line) => {
    const m = definition.exec(line)
    return m ? [[Number(m[1]), m] as const] : []
  }))
  const body = lines.filter((line) => !line.startsWith('[^')).join('\n')
  const marks = [...body.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]))
  return { definitions, marks, definitionLines: lines.filter((line) => line.startsWith('[^')) }
}

describe('GET /topics/:slug.md', () => {
  it.each(slugs)('%s: Markdown with a footnote per cited paragraph, numbered as the sheet', async (slug) => {
    const res = await get(`/topics/${slug}.md`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8')
    expect(res.headers.get('Content-Disposition')).toBeNull()
    const md = await res.text()
    const sheet = catalog.sheet(slug)!
    expect(md.startsWith(`# ${escapeMarkdown(sheet.title)}\n`)).toBe(true)
    const { definitions, marks, definitionLines } = footnotesOf(md)
    // Every definition line is well formed, one per reference, in order.
    expect(definitionLines.length).toBe(sheet.references.length)
    expect([...definitions.keys()]).toEqual(sheet.references.map((r) => r.n))
    // Marks first appear in ascending order, so renderers that renumber by appearance (GitHub) keep our numbers.
    expect([...new Set(marks)]).toEqual(sheet.references.map((r) => r.n))
    for (const ref of sheet.references) {
      const m = definitions.get(ref.n)!
      expect(m[2]).toBe(escapeMarkdown(ref.outlet))
      expect(m[3]).toBe(escapeMarkdown(ref.headline))
      expect(m[5]).toBe(ref.paragraph.slice(1))
      expect(m[6]).toBe(`http://localhost/sources/${ref.article}#${ref.paragraph}`)
      expect(m[7]).toBe(escapeMarkdown(ref.ownership))
      expect(Boolean(m[8]), `[${ref.n}] quality note`).toBe(Boolean(ref.qualityNote))
    }
  })

  it.each(slugs)('%s: every actor, every statement, the stance as symbol and label', async (slug) => {
    const md = await (await get(`/topics/${slug}.md`)).text()
    const sheet = catalog.sheet(slug)!
    for (const p of sheet.positions) {
      expect(md).toContain(`## ${escapeMarkdown(p.actorName)}\n\n**Stance:** `)
      expect(md).toContain(`${p.stanceLabel}`)
      for (const s of p.statements) expect(md).toContain(escapeMarkdown(s.quote))
    }
  })

  it('flags every CNN citation in the text as well as in its footnote', async () => {
    const md = await (await get('/topics/peace-plan.md')).text()
    const sheet = catalog.sheet('peace-plan')!
    const cnn = sheet.references.filter((r) => r.article === 'cnn').map((r) => r.n)
    expect(cnn.length).toBeGreaterThan(0)
    for (const n of cnn) {
      const uses = md.split('\n').filter((line) => !line.startsWith('[^') && line.includes(`[^${n}]`))
      expect(uses.length).toBeGreaterThan(0)
      for (const line of uses) expect(line).toContain(`[^${n}] *(garbled machine translation)*`)
    }
  })

  it('builds absolute links from the request origin, and keys the ETag by it', async () => {
    const a = await exports.default.fetch('https://facts.example/topics/peace-plan.md')
    const md = await a.text()
    for (const ref of catalog.sheet('peace-plan')!.references) expect(md).toContain(`<https://facts.example${ref.href}>`)
    expect(md).not.toContain('http://localhost')
    const b = await exports.default.fetch('https://other.example/topics/peace-plan.md')
    expect(a.headers.get('ETag')).not.toBe(b.headers.get('ETag'))
  })

  it('keeps .pdf and .json working next to .md', async () => {
    const json = await get('/topics/peace-plan.json')
    expect(json.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(((await json.json()) as { slug: string }).slug).toBe('peace-plan')
    const pdf = await get('/topics/peace-plan.pdf')
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf')
    await pdf.arrayBuffer()
  })

  it('redirects a mixed-case slug to the canonical .md URL', async () => {
    const res = await get('/topics/PEACE-PLAN.md')
    expect(res.status).toBe(301)
    expect(res.headers.get('Location')).toBe('/topics/peace-plan.md')
  })

  it('404s an unknown topic and odd extensions', async () => {
    for (const path of ['/topics/nope.md', '/topics/peace-plan.md.md', '/topics/peace-plan.markdown', '/topics/.md']) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      await res.text()
    }
  })

  it('answers If-None-Match with 304', async () => {
    const etag = (await get('/topics/lethal-aid.md')).headers.get('ETag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    expect(etag).not.toBe((await get('/topics/lethal-aid')).headers.get('ETag'))
    const again = await get('/topics/lethal-aid.md', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })
})

describe('content negotiation', () => {
  it('answers Accept: text/markdown on /topics/:slug with Markdown', async () => {
    const res = await get('/topics/peace-plan', { headers: { Accept: 'text/markdown' } })
    expect(res.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8')
    expect(res.headers.get('Vary')).toBe('Accept')
    expect(await res.text()).toMatch(/^# China/)
  })

  it('still prefers HTML for browsers and lists text/markdown in the 406', async () => {
    const browser = await get('/topics/peace-plan', { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } })
    expect(browser.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const refused = await get('/topics/peace-plan', { headers: { Accept: 'image/png' } })
    expect(refused.status).toBe(406)
    expect(await refused.text()).toContain('text/markdown')
  })
})

describe('GET /actors/:id.md', () => {
  it.each(actorIds)('%s: every topic, the speakers, footnotes numbered 1..n', async (actor) => {
    const res = await get(`/actors/${actor}.md`)
    expect(res.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8')
    const md = await res.text()
    for (const sheet of catalog.sheets) expect(md).toContain(`## ${escapeMarkdown(sheet.title)}\n`)
    expect(md).toContain('## Speakers\n\n| Speaker | Role | Statements |')
    const { definitions, marks, definitionLines } = footnotesOf(md)
    expect(definitionLines.length).toBe(definitions.size)
    expect([...definitions.keys()]).toEqual([...definitions.keys()].map((_, i) => i + 1))
    expect([...new Set(marks)]).toEqual([...definitions.keys()])
  })
})

describe('escaping', () => {
  it('escapes what Markdown would read as syntax, and nothing a reader needs', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>')
    expect(escapeMarkdown('*bold* _em_ `code` [link](x) a|b ~~s~~ \\')).toBe('\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) a\\|b \\~\\~s\\~\\~ \\\\')
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading')
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list')
    expect(escapeMarkdown('12. not a list')).toBe('12\\. not a list')
    expect(escapeMarkdown('&amp; &#60; & AT&T')).toBe('\\&amp; \\&#60; & AT&T')
    expect(escapeMarkdown('one\n\ntwo\r\n  three ')).toBe('one two three')
    expect(escapeMarkdown('Xi’s “12-point” plan, U.S. officials (AP)')).toBe('Xi’s “12-point” plan, U.S. officials (AP)')
  })

  it('renders hostile data as text', () => {
    const sheet = catalog.sheet('peace-plan')!
    const hostile: FactSheet = {
      ...sheet,
      title: '<img src=x onerror=alert(1)> # [x](javascript:alert(1))',
      summary: '| a | b |\n---\n> quote',
      positions: sheet.positions.map((p) => ({ ...p, summary: '[^1]: fake footnote' })),
    }
    const md = factSheetMarkdown(hostile, { origin: 'https://example.com', dataVersion: 'v' })
    expect(md).not.toMatch(/(^|[^\\])<img/m)
    expect(md).not.toMatch(/(^|[^\\])\[x\]\(javascript/m)
    expect(md).toContain('# \\<img src=x onerror=alert(1)\\> # \\[x\\](javascript:alert(1))')
    expect(md).toContain('\\| a \\| b \\| --- \\> quote')
    expect(md.split('\n').filter((line) => line.startsWith('[^1]:')).length).toBe(1)
  })
})
