import { describe, expect, it } from 'vitest'
import { corpus } from '../../src/corpus/corpus'
import { buildFactSheet } from '../../src/factsheet/build'
import { findVerbatim } from '../../src/curation/normalise'
import { checkReport, validateTopics } from '../../src/curation/validate'
import { topics } from '../../src/curation/topics'
import { actorIds } from '../../src/curation/types'

describe('curated topics', () => {
  it('hold every invariant: verbatim quotes, resolving ids, all five actors', () => {
    expect(validateTopics(topics, corpus)).toEqual([])
  })

  it('cover at least eight topics', () => {
    expect(topics.length).toBeGreaterThanOrEqual(8)
  })

  it.each(topics.map((t) => [t.slug, t] as const))('%s answers for every actor', (_slug, topic) => {
    expect(Object.keys(topic.positions).sort()).toEqual([...actorIds].sort())
  })
})

describe('validateTopics', () => {
  it('catches a statement whose copies on two topics have drifted apart', () => {
    const [a, b] = topics
    const statement = a!.positions.russia.statements[0]!
    const drifted = { ...statement, dateNote: 'a different note' }
    const copy = { ...b!, positions: { ...b!.positions, russia: { ...b!.positions.russia, statements: [drifted] } } }
    expect(validateTopics([a!, copy], corpus).join('\n')).toMatch(/differs from peace-plan: russia statement 1/)
  })
})

describe('findVerbatim', () => {
  const text = 'Kirby said, “We know   that China’s plan…”'
  it('finds typed text whatever its quote marks and spacing, as offsets into the original', () => {
    const found = findVerbatim(text, `We know that China's plan`)!
    expect(text.slice(found.start, found.end)).toBe('We know   that China’s plan')
  })
  it('finds nothing where the words differ', () => {
    expect(findVerbatim(text, 'We know that Russia')).toBeUndefined()
  })
})

describe('fact sheets show the outlet’s own characters', () => {
  it('even where the curator typed straight quote marks', () => {
    const sheet = buildFactSheet(topics.find((t) => t.slug === 'china-as-broker')!, corpus)
    const wording = sheet.positions.flatMap((p) => p.statements).flatMap((s) => s.wordings).find((w) => w.source.paragraph === 'p24' && w.source.article === 'voa')!
    expect(wording.text).toBe(corpus.paragraph('voa', 'p24')!.text.slice(1, wording.text.length + 1))
  })
})

describe('checkReport', () => {
  const report = (text: string, paragraph = 'p8') => ({ article: 'voa', paragraph, text })

  it('accepts a quote with straight quotes where the seed has them, and folds spacing', () => {
    expect(checkReport(report('Calling for a cease-fire   that does not include'), 'quote', corpus)).toBeUndefined()
  })
  it('folds curly quote marks', () => {
    expect(checkReport({ article: 'rferl', paragraph: 'p11', text: 'We are always open to negotiations' }, 'quote', corpus)).toBeUndefined()
  })
  it('rejects a quote that keeps the comma of the outlet sentence around it', () => {
    expect(checkReport({ article: 'rferl', paragraph: 'p11', text: 'We are always open to negotiations,' }, 'quote', corpus)).toMatch(/punctuation that belongs to the outlet/)
  })
  it('rejects words not in the paragraph', () => {
    expect(checkReport(report('Calling for a truce'), 'quote', corpus)).toMatch(/not verbatim/)
  })
  it('rejects outlet prose labelled as a quote', () => {
    expect(checkReport(report('he said.'), 'quote', corpus)).toMatch(/not inside quotation marks/)
  })
  it('accepts outlet prose as a paraphrase', () => {
    expect(checkReport(report('he said.'), 'paraphrase', corpus)).toBeUndefined()
  })
  it('rejects unknown article and paragraph ids', () => {
    expect(checkReport({ article: 'nyt', paragraph: 'p1', text: 'x' }, 'quote', corpus)).toMatch(/unknown article/)
    expect(checkReport(report('x', 'p99'), 'quote', corpus)).toMatch(/unknown paragraph/)
  })
})
