import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { actorIds, catalog } from '../support/catalog'

const get = (path: string) => exports.default.fetch(`http://localhost${path}`)

const pages = [
  '/',
  '/timeline',
  '/sources',
  '/matrix',
  '/actors',
  '/search?q=peace',
  ...catalog.sheets.map((s) => `/topics/${s.slug}`),
  ...actorIds.map((a) => `/actors/${a}`),
  ...catalog.corpus.articles.map((a) => `/sources/${a.id}`),
]

describe('in-page links', () => {
  it.each(pages)('%s: every #link lands on an element of the page, and no id is defined twice', async (path) => {
    const res = await get(path)
    expect(res.status).toBe(200)
    const html = await res.text()
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    const targets = new Set([...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1]!))
    expect(targets.size).toBeGreaterThan(0)
    expect([...targets].filter((t) => !ids.includes(t))).toEqual([])
  })
})
