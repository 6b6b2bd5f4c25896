import { glanceLabels } from '../../src/vocabulary'
import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { mostTellingStatement } from '../../src/factsheet/glance'
import type { FactPosition, FactStatement } from '../../src/factsheet/model'
import { catalog } from '../support/catalog'
import { actorPart, briefPart } from '../../src/render/pdf'

const statement = (id: string, kind: FactStatement['kind'], quote: string, qualityNote?: string) =>
  ({ id, kind, quote, wordings: [{ kind, text: quote, segments: [quote], source: { qualityNote } }] }) as unknown as FactStatement
const position = (stance: FactPosition['stance'], statements: FactStatement[]) => ({ stance, statements }) as FactPosition

describe('mostTellingStatement', () => {
  it('prefers the actor’s own words, then a direct quote, then a clean source, then a short one', () => {
    const described = statement('outlet', 'characterisation', 'Short.')
    const paraphrase = statement('para', 'paraphrase', 'He said it was fine.')
    const garbled = statement('garbled', 'quote', 'A short garbled quote', 'machine re-translation')
    const long = statement('long', 'quote', 'x'.repeat(300))
    const short = statement('short', 'quote', 'We will never accept this.')
    expect(mostTellingStatement(position('opposes', [described, paraphrase]))?.id).toBe('para')
    expect(mostTellingStatement(position('opposes', [paraphrase, garbled]))?.id).toBe('garbled')
    expect(mostTellingStatement(position('opposes', [garbled, long]))?.id).toBe('long')
    expect(mostTellingStatement(position('opposes', [long, short, garbled]))?.id).toBe('short')
    expect(mostTellingStatement(position('none', [described]))).toBeUndefined()
  })

  it('when the page is short of room, takes the shortest complete statement in the actor’s own words', () => {
    const described = statement('outlet', 'characterisation', 'Short.')
    const paraphrase = statement('para', 'paraphrase', 'He said no.')
    const quote = statement('quote', 'quote', 'We will never accept this.')
    expect(mostTellingStatement(position('opposes', [quote, paraphrase, described]))?.id).toBe('quote')
    expect(mostTellingStatement(position('opposes', [quote, paraphrase, described]), { shortest: true })?.id).toBe('para')
  })
})

describe('the statement a curator chose to show at a glance (telling)', () => {
  const short = statement('short', 'quote', 'Dear friend.')
  const chosen = statement('chosen', 'quote', 'We reaffirm the special nature of this partnership, which serves both our peoples.')
  const withChoice = (stance: FactPosition['stance'], telling: string) => ({ ...position(stance, [short, chosen]), telling })

  it('wins over the rule, which alone would take the shorter quote', () => {
    expect(mostTellingStatement(position('supports', [short, chosen]))?.id).toBe('short')
    expect(mostTellingStatement(withChoice('supports', 'chosen'))?.id).toBe('chosen')
  })

  it('gives way when the page is short of room, and shows nothing for stance none', () => {
    expect(mostTellingStatement(withChoice('supports', 'chosen'), { shortest: true })?.id).toBe('short')
    expect(mostTellingStatement(withChoice('none', 'chosen'))).toBeUndefined()
  })

  it('is what page 1 of an actor’s brief links to for that topic', () => {
    for (const [actor, id] of [['russia', 'putin-landmark-event'], ['china', 'xi-strategic-partnership']] as const) {
      const part = actorPart(catalog.actorRecord(actor), { paper: 'a4', origin: 'https://example.com' })
      const front = part.blocks.slice(0, part.blocks.findIndex((b) => b.breakBefore))
      const dests = front.flatMap((b) => b.rows.flatMap((r) => r.items.flatMap((i) => ((i.kind === 'text' || i.kind === 'link') && i.link && 'dest' in i.link ? [i.link.dest] : []))))
      expect(dests, actor).toContain(`russia-china-partnership/${id}`)
      expect(dests, actor).not.toContain('russia-china-partnership/putin-xi-dear-friend')
    }
  })

  it('is what the bundled sheets show where the curators chose (russia-china-partnership: not "dear friend")', async () => {
    const sheet = catalog.sheet('russia-china-partnership')!
    const russia = sheet.positions.find((p) => p.actor === 'russia')!
    expect(russia.telling).toBe('putin-landmark-event')
    expect(mostTellingStatement(russia)?.id).toBe('putin-landmark-event')
    const html = await (await SELF.fetch('http://localhost/topics/russia-china-partnership')).text()
    const glance = html.slice(html.indexOf('<section class="glance"'), html.indexOf('</section>', html.indexOf('<section class="glance"')))
    expect(glance).toContain('reaffirms the special nature of the Russia-China partnership.')
    expect(glance).not.toContain('dear friend')
  })
})

describe('the fact sheet opens with an at-a-glance block', () => {
  it.each(catalog.sheets.map((s) => [s.slug, s] as const))('%s: every actor, its stance with basis, and its most telling words', async (slug, sheet) => {
    const html = await (await SELF.fetch(`http://localhost/topics/${slug}`)).text()
    const glance = html.slice(html.indexOf('<section class="glance"'), html.indexOf('</section>', html.indexOf('<section class="glance"')))
    expect(glance).toContain(glanceLabels.heading)
    expect(html.indexOf('<section class="glance"')).toBeLessThan(html.indexOf(`<section id="${sheet.positions[0]!.actor}"`))
    for (const p of sheet.positions) {
      expect(glance).toContain(p.stanceWithBasis)
      const telling = mostTellingStatement(p)
      if (!telling) continue
      // The row links to the statement in this actor's own section (a joint statement has a copy under each actor).
      const row = glance.slice(glance.indexOf(`<th scope="row"><a href="#${p.actor}">`))
      const target = [...row.slice(0, row.indexOf('</tr>')).matchAll(/href="#([^"]+)"/g)][1]?.[1] ?? ''
      expect(target === telling.id || target === `${p.actor}--${telling.id}`).toBe(true)
      const section = html.slice(html.indexOf(`<section id="${p.actor}"`))
      expect(section.slice(0, section.indexOf('</section>'))).toContain(`id="${target}"`)
    }
  })
})

describe('a statement at a glance from a source with a quality warning', () => {
  // Page 1 alone must not pass off a garbled text as clean: the full record's caution comes with it.
  const flagged = catalog.sheets.flatMap((sheet) =>
    sheet.positions.flatMap((p) => {
      const telling = mostTellingStatement(p)
      const source = telling?.wordings[0]?.source
      return telling && source?.qualityNote ? [{ sheet, actor: p.actor, telling, source }] : []
    }),
  )

  it('occurs in the corpus (energy-trade: China, from CNN’s re-translation), so the checks below run', () => {
    expect(flagged.map((f) => `${f.sheet.slug}/${f.actor}`)).toContain('energy-trade/china')
  })

  it.each(flagged.map((f) => [f.sheet.slug, f.actor, f] as const))('%s / %s: page 1 of the brief prints the caution', (_slug, _actor, { sheet, source }) => {
    const part = briefPart(sheet, { paper: 'a4', origin: 'https://example.com' }, '')
    const front = part.blocks.slice(0, part.blocks.findIndex((b) => b.breakBefore))
    const text = front.flatMap((b) => b.rows.flatMap((r) => r.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])))).join('')
    expect(text).toContain(`Caution: ${source.qualityNote!.split(/[:;.]/)[0]!.trim()}; see [${source.n}].`)
  })

  it.each(flagged.map((f) => [f.sheet.slug, f.actor, f] as const))('%s / %s: the HTML row labels its kind and links the warning', async (slug, actor, { telling }) => {
    const html = await (await SELF.fetch(`http://localhost/topics/${slug}`)).text()
    const row = html.slice(html.indexOf(`<th scope="row"><a href="#${actor}">`))
    const cells = row.slice(0, row.indexOf('</tr>'))
    expect(cells).toContain('garbled machine translation')
    if (telling.wordings[0]!.kind !== 'quote') expect(cells).toContain('Paraphrase (reported speech):')
  })
})
