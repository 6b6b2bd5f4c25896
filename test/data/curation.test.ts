import { afterAll, describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/corpus/corpus'
import { findVerbatim } from '../../src/curation/normalise'
import { buildCatalog } from '../../src/factsheet/catalog'
import { checkReport } from '../../tools/data/check-report'
import { compileStory } from '../../tools/data/compile-story'
import { scratchStory, seedsDir, storyActors, storyDir, topicYaml } from './scratch-story'

// checkReport needs only the corpus: compile the articles with a scratch topic, whatever the topics hold today.
const articlesOnly = scratchStory()
afterAll(() => articlesOnly.remove())
const corpus = buildCorpus(articlesOnly.compile().data!.articles)
const paragraphText = (article: string, paragraph: string) => corpus.paragraph(article, paragraph)!.text

describe('the curated topics', () => {
  const data = compileStory(storyDir, seedsDir).data

  it('compile with every invariant held: verbatim quotes, resolving ids, every actor', () => {
    expect(data).toBeDefined()
  })

  it('cover at least eight topics', () => {
    expect(data!.topics.length).toBeGreaterThanOrEqual(8)
  })

  it('answer for every actor of the story, in its order, on every topic', () => {
    for (const topic of data!.topics) expect(topic.positions.map((p) => p.actor), topic.slug).toEqual(storyActors)
  })

  it('carry only the outlet’s own characters: every segment is a slice of the paragraph it cites', () => {
    const paragraphs = new Map(data!.articles.flatMap((a) => a.paragraphs.map((p) => [`${a.id}#${p.id}`, p.text] as const)))
    const reports = [
      ...Object.values(data!.statements).flatMap((s) => s.reports),
      ...data!.topics.flatMap((t) => t.figures.flatMap((f) => f.reports)),
      ...data!.timeline.flatMap((e) => e.reports),
    ]
    expect(reports.length).toBeGreaterThan(0)
    for (const r of reports) {
      const text = paragraphs.get(`${r.article}#${r.paragraph}`)
      expect(text, `${r.article}#${r.paragraph}`).toBeDefined()
      for (const segment of r.segments) expect(text, `${r.article}#${r.paragraph}`).toContain(segment)
    }
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

describe('checkReport', () => {
  const report = (text: string | string[], paragraph = 'p8') => ({ article: 'voa', paragraph, text })
  const problemOf = (check: ReturnType<typeof checkReport>) => ('problem' in check ? check.problem : undefined)

  it('accepts a quote with straight quotes where the seed has them, and folds spacing', () => {
    const check = checkReport(report('Calling for a cease-fire   that does not include'), 'quote', corpus)
    expect(check).toEqual({ segments: ['Calling for a cease-fire that does not include'] })
  })

  it('folds curly quote marks, and returns the outlet’s own characters', () => {
    const typed = `"We are always open to negotiations," Putin told Xi.`
    const check = checkReport({ article: 'rferl', paragraph: 'p11', text: typed }, 'characterisation', corpus)
    expect(check).toEqual({ segments: ['“We are always open to negotiations,” Putin told Xi.'] })
    expect(paragraphText('rferl', 'p11')).toContain('segments' in check ? check.segments[0] : '')
  })

  it('keeps the seed’s straight apostrophe where the curator typed a curly one', () => {
    const check = checkReport({ article: 'voa', paragraph: 'p24', text: 'We welcome China’s willingness' }, 'quote', corpus)
    expect(check).toEqual({ segments: ["We welcome China's willingness"] })
  })

  it('accepts an interrupted quote as its parts, in order, and refuses them out of order', () => {
    const parts = ['We are always open to negotiations', 'We will certainly discuss all these issues']
    expect(checkReport({ article: 'rferl', paragraph: 'p11', text: parts }, 'quote', corpus)).toEqual({ segments: parts })
    expect(problemOf(checkReport({ article: 'rferl', paragraph: 'p11', text: [...parts].reverse() }, 'quote', corpus))).toMatch(/out of order/)
  })

  it('rejects a quote that keeps the comma of the outlet sentence around it', () => {
    expect(problemOf(checkReport({ article: 'rferl', paragraph: 'p11', text: 'We are always open to negotiations,' }, 'quote', corpus))).toMatch(
      /punctuation that belongs to the outlet/,
    )
  })

  it('rejects words not in the paragraph, naming the closest sentence', () => {
    const problem = problemOf(checkReport(report('Calling for a truce'), 'quote', corpus))
    expect(problem).toMatch(/^not verbatim in voa#p8: "Calling for a truce"; closest sentence there: "/)
  })

  it('rejects outlet prose labelled as a quote', () => {
    expect(problemOf(checkReport(report('he said.'), 'quote', corpus))).toMatch(/not inside quotation marks/)
  })

  it('rejects a quote that runs across the closing quotation mark', () => {
    expect(problemOf(checkReport(report('Russian conquest," he said'), 'quote', corpus))).toMatch(/not inside quotation marks/)
  })

  it('accepts outlet prose as a paraphrase', () => {
    expect(checkReport(report('he said.'), 'paraphrase', corpus)).toEqual({ segments: ['he said.'] })
  })

  it('rejects unknown article and paragraph ids, listing the valid ones', () => {
    expect(problemOf(checkReport({ article: 'nyt', paragraph: 'p1', text: 'x' }, 'quote', corpus))).toMatch(
      /^unknown article "nyt"; the story's articles are: voa, rferl, bloomberg, cnn, examiner$/,
    )
    expect(problemOf(checkReport(report('x', 'p99'), 'quote', corpus))).toMatch(/voa has no paragraph p99; its paragraphs run p1 to p26/)
  })
})

describe('fact sheets show the outlet’s own characters', () => {
  it('even where the curator typed straight quote marks', () => {
    const topic = topicYaml({
      russia: {
        stance: 'ambiguous',
        basis: 'outlet-reports',
        summary: 'RFE/RL reports what Putin told Xi.',
        statements: [
          {
            id: 'putin-open-to-negotiations',
            kind: 'characterisation',
            date: '2023-03-20',
            reports: [{ article: 'rferl', paragraph: 'p11', text: `"We are always open to negotiations," Putin told Xi.` }],
          },
        ],
      },
    })
    const story = scratchStory({ topic })
    try {
      const { data, problems } = story.compile()
      expect(problems).toEqual([])
      const sheet = buildCatalog(data!).sheet('scratch')!
      const [wording] = sheet.positions.find((p) => p.actor === 'russia')!.statements[0]!.wordings
      expect(wording!.text).toBe('“We are always open to negotiations,” Putin told Xi.')
      expect(paragraphText('rferl', 'p11').startsWith(wording!.text)).toBe(true)
    } finally {
      story.remove()
    }
  })
})
