import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { catalog } from '../support/catalog'

// The audit behind issue 10, pinned against the Worker's own output for the bundled story.
type Json = {
  positions: {
    actor: string
    stance: string
    basis?: string
    stanceWithBasis: string
    statements: { id: string; kind: string; quote: string; speaker: { name: string }; about?: string[]; corroboration: { newsrooms: string[]; sentence: string }; sources: { article: string; segments: string[]; attributedTo?: string }[] }[]
  }[]
}
const sheet = async (slug: string) => (await (await SELF.fetch(`http://localhost/api/topics/${slug}`)).json()) as Json
const position = (json: Json, actor: string) => json.positions.find((p) => p.actor === actor)!

describe('the bundled story after the audit', () => {
  it('carries Kirby’s words from “parroting” to “malarkey” in one statement on hegemony-narrative', async () => {
    const us = position(await sheet('hegemony-narrative'), 'us')
    const malarkey = us.statements.find((s) => s.quote.includes('malarkey'))!
    expect(malarkey.id).toBe('kirby-malarkey')
    expect(malarkey.quote).toMatch(/^And he and his regime keeps parroting .* … That’s just a bunch of malarkey\. Ukraine posed no threat to anybody, let alone Russia\.$/)
    expect(malarkey.sources).toHaveLength(1)
    expect(malarkey.sources[0]!.segments).toHaveLength(2)
  })

  it('shows no stance without evidence of the kind its basis claims', () => {
    for (const s of catalog.sheets)
      for (const p of s.positions) {
        const own = p.statements.filter((st) => st.kind !== 'characterisation' && !st.speaker.role.startsWith('as characterised'))
        if (p.stance === 'none') expect(p.basis, `${s.slug}/${p.actor}`).toBeUndefined()
        else {
          expect(p.statements.length, `${s.slug}/${p.actor}`).toBeGreaterThan(0)
          const given = own.some((st) => st.kind === 'quote') ? 'own-words' : own.length > 0 ? 'reported-speech' : 'outlet-reports'
          expect(p.basis, `${s.slug}/${p.actor}`).toBe(given)
        }
      }
  })

  it('no longer says the US opposes Russia–China trade or favours the ICC warrant', async () => {
    expect(position(await sheet('energy-trade'), 'us').stance).toBe('none')
    expect(position(await sheet('icc-warrant'), 'us').stance).not.toBe('supports')
    const matrix = await (await SELF.fetch('http://localhost/matrix')).text()
    expect(matrix).toContain('Supports · own words')
  })

  it('says beside the stance when it rests on outlets’ reports only', async () => {
    const china = position(await sheet('ceasefire-withdrawal'), 'china')
    expect(china.stance).not.toBe('supports')
    if (china.basis === 'outlet-reports') expect(china.stanceWithBasis).toMatch(/, as reported by outlets: no official quoted$/)
    const html = await (await SELF.fetch('http://localhost/topics/ceasefire-withdrawal')).text()
    expect(html).toContain(china.stanceWithBasis)
  })

  it('says “in its own words” only where one of the actor’s speakers is quoted, not only paraphrased', async () => {
    const paraphrasedOnly = [
      ['lethal-aid', 'us'],
      ['icc-warrant', 'russia'],
      ['energy-trade', 'china'],
    ] as const
    const matrix = await (await SELF.fetch('http://localhost/matrix')).text()
    for (const [slug, actor] of paraphrasedOnly) {
      const p = position(await sheet(slug), actor)
      expect(p.statements.every((s) => s.kind !== 'quote'), `${slug}/${actor}`).toBe(true)
      expect(p.stanceWithBasis, `${slug}/${actor}`).toMatch(/, in reported speech only$/)
      for (const path of [`/topics/${slug}`, `/topics/${slug}.md`, `/actors/${actor}`])
        expect(await (await SELF.fetch(`http://localhost${path}`)).text(), path).toContain(p.stanceWithBasis)
    }
    expect(matrix).toContain('· reported speech')
  })

  it('labels the Washington Examiner as what its text shows, and counts Putin’s quote via Reuters', async () => {
    const examiner = catalog.corpus.article('examiner')!
    expect(examiner.outlet).toBe('Washington Examiner')
    expect(examiner.newsroom).not.toBe('AP')
    const putin = position(await sheet('peace-plan'), 'russia').statements.find((s) => s.id === 'putin-many-provisions')!
    const viaExaminer = putin.sources.find((s) => s.article === 'examiner')
    expect(viaExaminer?.attributedTo).toBe('Reuters')
    expect(putin.corroboration.newsrooms).not.toContain('AP')
    expect(putin.corroboration.newsrooms).toContain('Reuters')
  })

  it('keeps published addresses working: /sources/ap redirects, #us-2 style anchors stay on topic pages', async () => {
    const moved = await SELF.fetch('http://localhost/sources/ap', { redirect: 'manual' })
    expect(moved.status).toBe(301)
    expect(moved.headers.get('Location')).toBe('/sources/examiner')
    const html = await (await SELF.fetch('http://localhost/topics/peace-plan')).text()
    for (const anchor of Object.keys(catalog.sheet('peace-plan')!.anchors)) expect(html).toContain(`<span id="${anchor}"></span>`)
    expect(html).toContain('<span id="us-1"></span>')
  })

  it('holds VOA’s sentences about both Russia and China as one characterisation each, shown under both, old ids still landing', async () => {
    for (const [slug, id] of [
      ['energy-trade', 'russia-china-oil-gas-deals'],
      ['hegemony-narrative', 'russia-china-opposing-american-domination'],
      ['russia-china-partnership', 'russia-china-opposing-american-domination'],
    ] as const) {
      const json = await sheet(slug)
      for (const actor of ['russia', 'china']) {
        const copy = position(json, actor).statements.find((st) => st.id === id)
        expect(copy?.kind, `${slug} ${actor}`).toBe('characterisation')
        expect(copy?.speaker.name).toBe('Russia and China')
        expect(copy?.about).toEqual(['russia', 'china'])
      }
      // The copies' former ids, one per actor, land in that actor's section.
      const html = await (await SELF.fetch(`http://localhost/topics/${slug}`)).text()
      const old = id.replace('russia-china-', '')
      for (const actor of ['russia', 'china']) {
        const section = html.slice(html.indexOf(`<section id="${actor}"`))
        expect(section.slice(0, section.indexOf('</section>'))).toContain(`<span id="${actor}-${old}"></span>`)
      }
    }
  })

  it('flags wire material VOA shares with another report', () => {
    const voa = catalog.corpus.article('voa')!
    expect(voa.wireMaterial).toEqual(expect.arrayContaining(['AP', 'Reuters']))
    const shared = catalog.sheets.flatMap((s) => s.positions.flatMap((p) => p.statements)).filter((s) => s.corroboration.sharedWire.length > 0)
    for (const s of shared) expect(s.corroboration.newsrooms.length).toBeGreaterThan(1)
  })

  it('takes every story word from the data: no "five" where the story does not say it', async () => {
    const html = await (await SELF.fetch('http://localhost/')).text()
    expect(html).toContain(`Who stands where: ${catalog.story.title}`)
    expect(html).toContain(catalog.story.corpusName)
  })
})
