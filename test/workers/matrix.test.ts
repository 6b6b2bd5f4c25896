import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { stanceIds } from '../../src/curation/types'
import { buildPositionMatrix } from '../../src/factsheet/matrix'
import { stylesheet } from '../../src/render/html/styles'
import { basisShort, stanceLabels, stanceMarks } from '../../src/vocabulary'
import { actorIds, catalog } from '../support/catalog'

const get = (path: string, init?: RequestInit) => exports.default.fetch(`http://localhost${path}`, { redirect: 'manual', ...init })

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
const contrast = (a: string, b: string) => {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b2 = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

describe('catalog.matrix', () => {
  it('is the matrix buildPositionMatrix makes, built once and then reused by every request', () => {
    const kept = catalog.matrix()
    expect(catalog.matrix()).toBe(kept)
    expect(kept).toEqual(buildPositionMatrix(catalog.sheets, catalog.story.actors))
  })
})

describe('buildPositionMatrix', () => {
  const matrix = buildPositionMatrix(catalog.sheets, catalog.story.actors)

  it('has a row per topic in index order and a cell per actor in canonical order', () => {
    expect(matrix.rows.map((r) => r.slug)).toEqual(catalog.sheets.map((s) => s.slug))
    expect(matrix.columns.map((c) => c.actor)).toEqual([...actorIds])
    for (const row of matrix.rows) expect(row.cells.map((c) => c.actor)).toEqual([...actorIds])
  })

  it('takes every stance, summary and count from the fact sheets', () => {
    for (const row of matrix.rows) {
      const sheet = catalog.sheet(row.slug)!
      for (const cell of row.cells) {
        const position = sheet.positions.find((p) => p.actor === cell.actor)!
        expect(cell).toMatchObject({
          stance: position.stance,
          stanceLabel: position.stanceLabel,
          stanceWithBasis: position.stanceWithBasis,
          summary: position.summary,
          statementCount: position.statements.length,
        })
        // The short form names what the stance rests on, in the vocabulary's words.
        expect(cell.stanceShort).toBe(position.basis ? `${position.stanceLabel} · ${basisShort[position.basis]}` : position.stanceLabel)
        expect(cell.href).toBe(`/topics/${row.slug}#${cell.actor}`)
      }
    }
  })

  it('gives a legend of the whole vocabulary whose counts add up to the cells', () => {
    expect(matrix.legend.map((l) => l.stance)).toEqual([...stanceIds])
    expect(matrix.legend.reduce((n, l) => n + l.count, 0)).toBe(catalog.sheets.length * actorIds.length)
  })

  it('is empty but well formed for no sheets', () => {
    const empty = buildPositionMatrix([], catalog.story.actors)
    expect(empty.rows).toEqual([])
    expect(empty.legend.every((l) => l.count === 0)).toBe(true)
  })
})

describe('stance visual code', () => {
  it('gives every stance its own symbol', () => {
    expect(new Set(Object.values(stanceMarks)).size).toBe(stanceIds.length)
  })

  it('draws every stance colour at 4.5:1 or better on the white page', () => {
    for (const stance of stanceIds) {
      const colour = new RegExp(`--${stance}:(#[0-9a-f]{6})`).exec(stylesheet)?.[1]
      expect(colour, stance).toBeDefined()
      expect(contrast(colour!, '#ffffff'), stance).toBeGreaterThanOrEqual(4.5)
    }
  })
})

describe('GET /matrix', () => {
  it('shows every topic against the five actors, each cell symbol plus label linking to the actor section', async () => {
    const res = await get('/matrix')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    for (const id of actorIds) expect(html).toContain(`<th scope="col"><a href="/actors/${id}">`)
    const matrix = buildPositionMatrix(catalog.sheets, catalog.story.actors)
    for (const row of matrix.rows) {
      expect(html).toContain(`<th scope="row"><a href="/topics/${row.slug}">`)
      for (const cell of row.cells)
        expect(html).toContain(
          `<td class="cell-${cell.stance}"><a href="/topics/${row.slug}#${cell.actor}"><span class="stance-badge stance-${cell.stance}"><span class="stance-mark" aria-hidden="true">${stanceMarks[cell.stance]}</span>\u00a0${cell.stanceShort}</span>`,
        )
    }
  })

  it('has a legend naming each stance with its symbol', async () => {
    const html = await (await get('/matrix')).text()
    const legend = html.slice(html.indexOf('<ul class="legend">'), html.indexOf('</ul>', html.indexOf('<ul class="legend">')))
    for (const stance of stanceIds) expect(legend).toContain(`${stanceMarks[stance]}</span>\u00a0${stanceLabels[stance]}</span>`)
  })

  it('scrolls the table inside a focusable, labelled region on narrow screens', async () => {
    const html = await (await get('/matrix')).text()
    expect(html).toMatch(/<div class="matrix-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0"><table class="matrix"><caption id="matrix-caption">/)
    expect(stylesheet).toMatch(/\.matrix-scroll\{position:relative;overflow-x:auto/)
  })

  it('uses every id once', async () => {
    const html = await (await get('/matrix')).text()
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    expect(ids.length).toBe(new Set(ids).size)
  })

  it('is linked from the site navigation', async () => {
    expect(await (await get('/')).text()).toContain('<a href="/matrix">Matrix</a>')
  })
})

describe('GET /api/matrix', () => {
  it('gives topics as rows with a stance per actor', async () => {
    const res = await get('/api/matrix')
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    type Json = {
      dataVersion: string
      actors: { actor: string; actorName: string; url: string }[]
      legend: { stance: string; label: string; count: number }[]
      topics: { slug: string; url: string; positions: { actor: string; stance: string; stanceLabel: string; statements: number; url: string }[] }[]
    }
    const body = (await res.json()) as Json
    expect(body.dataVersion).toBe(catalog.dataVersion)
    expect(body.actors.map((a) => a.actor)).toEqual([...actorIds])
    expect(body.legend.map((l) => l.stance)).toEqual([...stanceIds])
    expect(body.topics.map((t) => t.slug)).toEqual(catalog.sheets.map((s) => s.slug))
    for (const topic of body.topics) {
      const sheet = catalog.sheet(topic.slug)!
      expect(topic.positions.map((p) => [p.actor, p.stance, p.url])).toEqual(sheet.positions.map((p) => [p.actor, p.stance, `/topics/${sheet.slug}#${p.actor}`]))
    }
  })
})

describe('GET /matrix.md', () => {
  it('is a Markdown table with absolute links from the request origin', async () => {
    const res = await exports.default.fetch('https://facts.example/matrix.md')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8')
    const md = await res.text()
    expect(md).toContain('| Topic | [United States](https://facts.example/actors/us) | [Ukraine](https://facts.example/actors/ukraine) |')
    for (const row of buildPositionMatrix(catalog.sheets, catalog.story.actors).rows)
      for (const cell of row.cells) expect(md).toContain(`[${stanceMarks[cell.stance]} ${cell.stanceShort}](https://facts.example${cell.href})`)
    for (const stance of stanceIds) expect(md).toContain(`- ${stanceMarks[stance]} ${stanceLabels[stance]}: `)
  })
})

describe('caching', () => {
  it('gives each format its own strong ETag and answers If-None-Match with 304', async () => {
    const etags: string[] = []
    for (const path of ['/matrix', '/api/matrix', '/matrix.md']) {
      const etag = (await get(path)).headers.get('ETag')!
      expect(etag, path).toMatch(/^"[^"]+"$/)
      etags.push(etag)
      const again = await get(path, { headers: { 'If-None-Match': etag } })
      expect(again.status, path).toBe(304)
      expect(await again.text()).toBe('')
    }
    expect(new Set(etags).size).toBe(3)
  })

  it('keys the Markdown ETag by origin, as its links carry it', async () => {
    const a = (await exports.default.fetch('https://a.example/matrix.md')).headers.get('ETag')
    const b = (await exports.default.fetch('https://b.example/matrix.md')).headers.get('ETag')
    expect(a).not.toBe(b)
  })

  it('answers HEAD without a body', async () => {
    const res = await get('/matrix', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })

  it('redirects a trailing slash and 404s a near miss', async () => {
    expect((await get('/matrix/')).headers.get('Location')).toBe('/matrix')
    expect((await get('/matrix.pdfx')).status).toBe(404)
    expect((await get('/api/matrix/us')).status).toBe(404)
  })
})
