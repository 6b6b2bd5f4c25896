import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { warmUpPages } from '../../src/warm-up'
import { catalog } from '../support/catalog'

describe('the warm-up at module start-up', () => {
  it('renders exactly what the routes serve for two topic pages, an actor page and a search, so it runs their code', async () => {
    const pages = warmUpPages(catalog)
    expect(pages.map((p) => new URL(p.path, 'https://x.invalid').pathname.split('/')[1])).toEqual(['topics', 'topics', 'actors', 'search'])
    for (const { path, html } of pages) {
      const res = await SELF.fetch(`https://warm-up.invalid${path}`)
      expect(res.status, path).toBe(200)
      expect(html, path).toBe(await res.text())
    }
  })
})
