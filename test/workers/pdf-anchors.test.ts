import { describe, expect, it } from 'vitest'
import { actorPart, briefPart, collectionParts, paperSizes } from '../../src/render/pdf'
import type { Part } from '../../src/render/pdf/pages'
import fixture from '../../generated/fixtures/fictional-water-treaty.json'
import type { StoryData } from '../../src/curation/types'
import { buildCatalog } from '../../src/factsheet/catalog'
import { actorIds, catalog } from '../support/catalog'

const origin = 'https://example.com'

/**
 * Every place a document's internal links can land, and where each link wants to go. A link whose destination is
 * missing is dropped when the PDF is written, so without this check it would silently not be there.
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
