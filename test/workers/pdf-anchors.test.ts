import { describe, expect, it } from 'vitest'
import { actorPart, briefPart, collectionParts, paperSizes } from '../../src/render/pdf'
import { drawParts, type Part } from '../../src/render/pdf/pages'
import { pageSizes } from '../../src/render/pdf/options'
import { writePdf } from '../../src/render/pdf/pdf-write'
import fixture from '../../generated/fixtures/fictional-water-treaty.json'
import type { StoryData } from '../../src/curation/types'
import { buildCatalog } from '../../src/factsheet/catalog'
import { actorIds, catalog } from '../support/catalog'

const origin = 'https://example.com'

/**
 * Every place a document's internal links can land, and where each link wants to go. Writing a PDF with a link
 * whose destination is missing fails (last test); these checks name the link before any PDF is written.
 */
const linksOf = (parts: Part[]) => {
  const anchors: string[] = []
  const dests: string[] = []
  for (const part of parts)
    for (const block of part.blocks) {
      if (block.anchor) anchors.push(block.anchor)
      for (const row of block.rows)
        for (const item of row.items)
          if ((item.kind === 'text' || item.kind === 'link') && item.link && 'dest' in item.link) dests.push(item.link.dest)
    }
  return { anchors, dests }
}

const duplicates = (names: string[]) => names.filter((name, i) => names.indexOf(name) !== i)

/** Page 1's statement links (the front blocks, before the full record) and where they point. */
const frontDests = (part: Part) => {
  const n = part.blocks.findIndex((b) => b.breakBefore)
  return linksOf([{ ...part, blocks: part.blocks.slice(0, n < 0 ? part.blocks.length : n) }]).dests
}

describe.each(paperSizes)('PDF destinations (%s)', (paper) => {
  const options = { paper, origin }

  it.each(catalog.sheets.map((s) => s.slug))('%s: every internal link lands somewhere, and no anchor is defined twice', (slug) => {
    const { anchors, dests } = linksOf([briefPart(catalog.sheet(slug)!, options, '')])
    expect(duplicates(anchors)).toEqual([])
    expect(dests.filter((d) => !anchors.includes(d))).toEqual([])
  })

  it.each(actorIds)('actor %s: every internal link lands somewhere, page 1’s source numbers included', (actor) => {
    const part = actorPart(catalog.actorRecord(actor), options)
    const { anchors, dests } = linksOf([part])
    expect(duplicates(anchors)).toEqual([])
    expect(dests.filter((d) => !anchors.includes(d))).toEqual([])
    expect(frontDests(part).some((d) => /(^|\/)ref-\d+$/.test(d))).toBe(true)
  })

  it('all topics in one document: every internal link lands somewhere, no anchor defined twice', () => {
    const { anchors, dests } = linksOf(collectionParts(catalog.sheets, options))
    expect(duplicates(anchors)).toEqual([])
    expect(dests.filter((d) => !anchors.includes(d))).toEqual([])
  })
})

describe('PDF destinations on the fictional fixture story (a joint statement on two positions)', () => {
  const fictional = buildCatalog(fixture as unknown as StoryData)
  const options = { paper: 'a4' as const, origin }

  it.each(fictional.sheets.map((s) => s.slug))('%s: every internal link lands somewhere, and no anchor is defined twice', (slug) => {
    const { anchors, dests } = linksOf([briefPart(fictional.sheet(slug)!, options, '')])
    expect(duplicates(anchors)).toEqual([])
    expect(dests.filter((d) => !anchors.includes(d))).toEqual([])
  })

  it.each(fictional.actorIds)('actor %s: every internal link lands somewhere', (actor) => {
    const { anchors, dests } = linksOf([actorPart(fictional.actorRecord(actor), options)])
    expect(duplicates(anchors)).toEqual([])
    expect(dests.filter((d) => !anchors.includes(d))).toEqual([])
  })

  it('all topics in one document', () => {
    const { anchors, dests } = linksOf(collectionParts(fictional.sheets, options))
    expect(duplicates(anchors)).toEqual([])
    expect(dests.filter((d) => !anchors.includes(d))).toEqual([])
  })
})

describe('a joint statement in a topic brief', () => {
  // Statements shown under more than one actor of the same topic (a joint statement, or one both sides made).
  const joint = catalog.sheets.flatMap((sheet) => {
    const actorsOf = new Map<string, string[]>()
    for (const p of sheet.positions) for (const s of p.statements) actorsOf.set(s.id, [...(actorsOf.get(s.id) ?? []), p.actor])
    return [...actorsOf].filter(([, actors]) => actors.length > 1).map(([id, actors]) => ({ sheet, id, actors }))
  })

  it('exists in the corpus, so the rule below is exercised', () => {
    expect(joint.length).toBeGreaterThan(0)
  })

  it.each(joint.map((j) => [j.sheet.slug, j.id, j] as const))('%s / %s: each actor’s page-1 row links to the copy in its own section', (_slug, id, { sheet, actors }) => {
    const part = briefPart(sheet, { paper: 'a4', origin }, '')
    const sectionOf = (anchor: string) => {
      // The actor whose section (heading anchored by actor id) the block with this anchor falls in.
      let section = ''
      for (const block of part.blocks) {
        if (block.anchor && actors.includes(block.anchor)) section = block.anchor
        if (block.anchor === anchor) return section
      }
      return undefined
    }
    const copies = part.blocks.flatMap((b) => (b.anchor === id || b.anchor?.endsWith(`--${id}`) ? [b.anchor] : []))
    expect(copies.map(sectionOf).sort()).toEqual([...actors].sort())
    for (const d of frontDests(part).filter((d) => d === id || d.endsWith(`--${id}`)))
      expect(actors).toContain(sectionOf(d))
  })
})

describe('a link or outline entry whose destination no block defines', () => {
  const size = pageSizes.a4
  const write = (part: Part) => {
    const { pages, anchors, tree } = drawParts([part], size, 'footer', 'test')
    const meta = { title: 't', subject: 's', keywords: 'k', date: '2023-03-21', author: 'a', creator: 'c', producer: 'p', dataVersion: 'test' }
    return writePdf({ pages, tree, size, anchors, outline: [], meta, compress: false })
  }
  const brief = () => briefPart(catalog.sheets[0]!, { paper: 'a4', origin }, '')

  it('writes when every destination exists (the control)', async () => {
    expect((await write(brief())).length).toBeGreaterThan(1000)
  })

  it('fails the render, naming the destination, rather than printing a link that goes nowhere', async () => {
    const part = brief()
    const item = part.blocks
      .flatMap((b) => b.rows.flatMap((r) => r.items))
      .find((i) => (i.kind === 'text' || i.kind === 'link') && i.link && 'dest' in i.link)
    if (!item || (item.kind !== 'text' && item.kind !== 'link')) throw new Error('expected an internal link in the brief')
    item.link = { dest: 'nowhere-at-all' }
    await expect(write(part)).rejects.toThrow(/"nowhere-at-all"/)
  })
})
