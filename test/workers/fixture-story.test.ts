import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import compiled from '../../generated/fixtures/fictional-water-treaty.json'
import { createApp } from '../../src/app'
import type { StoryData } from '../../src/curation/types'
import { storySource } from '../../src/source/story-source'

// A second story is a folder of data and seeds, nothing else: the fictional fixture (test/fixtures/stories) served
// through the same app, in every format. It is compiled for tests only and never bundled into the Worker.
const data = compiled as unknown as StoryData
const app = createApp(storySource(data))
const get = (path: string, init?: RequestInit) => app.request(`http://localhost${path}`, init)
const text = async (path: string, init?: RequestInit) => {
  const res = await get(path, init)
  expect(res.status, path).toBe(200)
  return res.text()
}

describe('a second story, served from its own data', () => {
  it('names its own actors, title and sources on the index, with nothing of the bundled story', async () => {
    const html = await text('/')
    expect(html).toContain('Who stands where: the fictional Lenn river treaty dispute, 2031')
    expect(html).toContain('Veldria, Ostmark and Harbour Compact')
    expect(html).toContain('Two fictional test reports on the Lenn river treaty, 2031')
    expect(html).not.toMatch(/Xi|Putin|five reports|NATO/)
  })

  it('renders a fact sheet in HTML with the interrupted quote in order, the basis beside each stance and old anchors', async () => {
    const html = await text('/topics/dam-deadline')
    expect(html).toContain('We are ready to sign tomorrow … But not one more summer of dry fields. The dams open first.')
    expect(html).toContain('Conditional, in its own words')
    expect(html).toContain('No stated position in these sources')
    expect(html).toContain('id="toll-dams-open-first"')
    expect(html).toMatch(/<figure class="statement" id="toll-dams-open-first"><span id="veldria-1"><\/span>/)
    expect(html).toContain('May 2031')
  })

  it('says when a stance rests only on outlets’ reports, and names a joint statement’s speakers', async () => {
    const html = await text('/topics/treaty-share')
    expect(html).toContain('Ambiguous, as reported by outlets: no official quoted')
    expect(html).toContain('Arna Toll and Bero Kask')
  })

  it('serves the same sheet as JSON with segments, basis, ids and corroboration by newsroom', async () => {
    const sheet = (await (await get('/api/topics/dam-deadline')).json()) as {
      positions: { actor: string; basis?: string; stanceWithBasis: string; telling?: string; statements: { id: string; quote: string; corroboration: { newsrooms: string[]; count: number }; sources: { segments: string[]; attributedTo?: string }[] }[] }[]
      dataVersion: string
    }
    expect(sheet.dataVersion).toBe(data.dataVersion)
    const [veldria, ostmark, compact] = sheet.positions
    expect(veldria!.statements[0]!.quote).toBe('We are ready to sign tomorrow … But not one more summer of dry fields. The dams open first.')
    expect(veldria!.statements[0]!.sources[0]!.segments).toHaveLength(2)
    expect(compact!.basis).toBeUndefined()
    const deadline = ostmark!.statements.find((s) => s.id === 'kask-no-deadline')!
    // The Gazette's copy is attributed to Coastwire: one newsroom, not two.
    expect(deadline.corroboration).toMatchObject({ newsrooms: ['Coastwire'], count: 1 })
    expect(deadline.sources[1]!.attributedTo).toBe('Coastwire')
    // At a glance: the curator's choice for Ostmark, the rule's for Veldria, nothing for a silent actor.
    expect(sheet.positions.map((p) => p.telling)).toEqual(['toll-dams-open-first', 'kask-no-deadline', undefined])
    const html = await text('/topics/dam-deadline')
    const glance = html.slice(html.indexOf('<section class="glance"'), html.indexOf('</section>', html.indexOf('<section class="glance"')))
    expect(glance).toContain('never negotiate under a deadline')
    expect(glance).not.toContain('theatre')
  })

  it('serves Markdown, the matrix, actors, timeline, sources and search from the same data', async () => {
    expect(await text('/topics/dam-deadline.md')).toContain('Conditional, in its own words')
    expect(await text('/matrix')).toContain('Harbour Compact')
    expect(await text('/matrix.md')).toContain('Ambiguous · outlets only')
    expect(await text('/actors/compact')).toContain('Everything the two fictional reports quote or report from the Harbour Compact')
    expect(await text('/timeline')).toContain('The Lenn river treaty is first drafted')
    expect(await text('/sources/coastwire')).toContain('Kask rejects dam deadline')
    const actors = (await (await get('/api/actors')).json()) as { actors: { actor: string }[] }
    expect(actors.actors.map((a) => a.actor)).toEqual(['veldria', 'ostmark', 'compact'])
    const search = (await (await get('/api/search?q=theatre')).json()) as { count: number }
    expect(search.count).toBeGreaterThan(0)
  })

  it('redirects an article’s earlier id and refuses the other story’s ids', async () => {
    const moved = await get('/sources/wire', { redirect: 'manual' })
    expect(moved.status).toBe(301)
    expect(moved.headers.get('Location')).toBe('/sources/coastwire')
    expect((await get('/topics/peace-plan')).status).toBe(404)
    const bad = await get('/topics/dam-deadline?actors=us')
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain('veldria, ostmark, compact')
  })

  it('renders every PDF, naming its own sources as author', async () => {
    for (const path of ['/topics/dam-deadline.pdf', '/topics/treaty-share.pdf?paper=letter', '/actors/ostmark.pdf', '/matrix.pdf', '/briefs/all.pdf']) {
      const res = await get(path)
      expect(res.status, path).toBe(200)
      const pdf = await PDFDocument.load(await res.arrayBuffer(), { updateMetadata: false })
      expect(pdf.getPageCount(), path).toBeGreaterThan(0)
      expect(pdf.getAuthor(), path).toBe('Fact sheets curated from Two fictional test reports on the Lenn river treaty, 2031')
    }
  })
})
