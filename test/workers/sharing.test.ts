import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

const pages = ['/', '/topics/peace-plan', '/sources/voa', '/matrix', '/actors/china', '/timeline']

describe('every HTML page previews well when its link is pasted', () => {
  it.each(pages)('%s has a canonical URL, title, description and Open Graph / Twitter tags', async (path) => {
    const html = await (await exports.default.fetch(`https://factsheets.example${path}?utm_source=x`)).text()
    const meta = (attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]+)"`).exec(html)?.[1]
    expect(html).toContain(`<link rel="canonical" href="https://factsheets.example${path}"/>`)
    expect(/<title>([^<]+)<\/title>/.exec(html)?.[1]?.length).toBeGreaterThan(10)
    expect(meta('name', 'description')?.length).toBeGreaterThan(20)
    expect(meta('property', 'og:title')).toBeTruthy()
    expect(meta('property', 'og:description')).toBe(meta('name', 'description'))
    expect(meta('property', 'og:url')).toBe(`https://factsheets.example${path}`)
    expect(meta('name', 'twitter:card')).toBe('summary')
  })
})
