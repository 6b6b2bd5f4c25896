import { describe, expect, it } from 'vitest'
import { FactSheetPage } from '../../src/render/html/FactSheetPage'
import { SourceList } from '../../src/render/html/SourceList'
import { statementHtml } from '../../src/render/html/Statement'
import { EventList } from '../../src/render/html/TimelinePage'
import { catalog } from '../support/catalog'

const sample = catalog.sheets.flatMap((s) => s.positions.flatMap((p) => p.statements)).find((s) => s.wordings.length > 1)!

describe('the markup written as templates, not JSX', () => {
  it('escapes every value it is given, in text and in attributes', () => {
    const hostile = '<b onmouseover="x">&\'</b>'
    const html = String(
      statementHtml(
        {
          ...sample,
          id: `id"${hostile}`,
          quote: hostile,
          dateNote: hostile,
          speaker: { name: hostile, role: hostile },
          wordings: sample.wordings.map((w) => ({ ...w, text: hostile, via: hostile, source: { ...w.source, outlet: hostile, href: `/x"${hostile}` } })),
        },
        `p-${hostile}`,
        [hostile],
      ),
    )
    expect(html).not.toMatch(/<b[\s>]/)
    expect(html).not.toMatch(/="[^"]*"x"/)
    expect(html).toContain('&lt;b onmouseover=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt;')
  })

  it('draws every wording with its citation, and the corroboration', () => {
    const html = String(statementHtml(sample))
    expect(html.startsWith(`<figure class="statement" id="${sample.id}">`)).toBe(true)
    for (const w of sample.wordings) expect(html).toContain(`href="${w.source.href}"`)
    expect(html).toContain('<ul class="wordings">')
  })

  it('escapes the fact sheet’s glance rows, actor sections and key figures', () => {
    const hostile = '<b onmouseover="x">&\'</b>'
    const base = catalog.sheets.find((s) => s.figures.length > 0 && s.positions.some((p) => p.statements.length > 0))!
    const sheet = {
      ...base,
      positions: base.positions.map((p) => ({
        ...p,
        actorName: hostile,
        stanceWithBasis: hostile,
        summary: hostile,
        statements: p.statements.map((s) => ({ ...s, speaker: { name: hostile, role: hostile } })),
      })),
      figures: base.figures.map((f) => ({ ...f, label: hostile, value: hostile })),
    }
    const html = String(FactSheetPage({ sheet }))
    expect(html).not.toMatch(/<b[\s>]/)
    // Each actor's name, stance and summary, twice over for name and stance (glance row and section), and every figure.
    const escaped = html.split('&lt;b onmouseover=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt;').length - 1
    expect(escaped).toBeGreaterThanOrEqual(5 * sheet.positions.length + 2 * sheet.figures.length)
  })

  it('escapes the source list and the timeline too', () => {
    const hostile = '<b onmouseover="x">&\'</b>'
    const sheet = catalog.sheets.find((s) => s.events.length > 0)!
    const refs = sheet.references.map((r) => ({ ...r, outlet: hostile, headline: hostile, affiliation: hostile, qualityNote: hostile }))
    const events = sheet.events.map((e) => ({ ...e, title: hostile, dateNote: hostile, caution: hostile, reports: e.reports.map((r) => ({ ...r, text: hostile })) }))
    const topics = [{ slug: 'x', title: hostile }]
    for (const html of [String(SourceList({ references: refs })), String(EventList({ events, headingLevel: 3, topics }))]) {
      expect(html).not.toMatch(/<b[\s>]/)
      expect(html).toContain('&lt;b onmouseover=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt;')
    }
  })
})
