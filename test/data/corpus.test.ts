import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/parse-article'
import { articleSchema } from '../../tools/data/schema'
import { validateFile } from '../../tools/data/validate-file'
import { scratchStory, seedsDir, storyDir } from './scratch-story'

/** What each article keeps and drops: pinning the counts makes any parser change visible here. */
const expected = {
  voa: { kept: 26, dropped: { 'site-chrome': 2, headline: 1, 'photo-caption': 5, 'video-player': 8, credit: 1, 'byline-box': 2 } },
  rferl: { kept: 27, dropped: { headline: 1, 'byline-box': 1, 'comments-widget': 2 } },
  bloomberg: { kept: 10, dropped: { 'site-chrome': 2, headline: 1, credit: 1, 'page-navigation': 1, copyright: 1, 'comments-widget': 1 } },
  cnn: { kept: 24, dropped: { headline: 1, 'photo-caption': 3, 'see-also': 3, 'section-heading': 1, credit: 1, 'comments-widget': 2 } },
  examiner: { kept: 8, dropped: { headline: 1, 'photo-caption': 1, credit: 1, duplicate: 1, 'video-player': 1, copyright: 1, 'site-chrome': 1 } },
} as const

const tally = (reasons: string[]) => reasons.reduce<Record<string, number>>((t, r) => ({ ...t, [r]: (t[r] ?? 0) + 1 }), {})

/** An article file's metadata and its seed's raw text, as check:data reads them. */
const seedOf = (id: string) => {
  const { value: meta, problems } = validateFile(join(storyDir, 'articles', `${id}.yaml`), articleSchema)
  expect(problems, id).toEqual([])
  return { meta: meta!, raw: readFileSync(join(seedsDir, 'xi-putin-moscow-2023', meta!.file), 'utf8') }
}

// The articles compiled as the Worker receives them, with a scratch topic: independent of the curation of topics.
const scratch = scratchStory()
afterAll(() => scratch.remove())
const compiled = scratch.compile()
const article = (id: string) => compiled.data?.articles.find((a) => a.id === id)

describe('the corpus', () => {
  it('compiles from the seeds without a problem', () => {
    expect(compiled.problems).toEqual([])
  })

  it('parses the five seeds in order with stable ids', () => {
    expect(compiled.data?.articles.map((a) => a.id)).toEqual(Object.keys(expected))
  })

  it.each(Object.entries(expected))('%s keeps every news paragraph and names why each other line went', (id, want) => {
    const a = article(id)!
    expect(a.paragraphs).toHaveLength(want.kept)
    expect(tally(a.dropped.map((d) => d.reason))).toEqual(want.dropped)
    a.paragraphs.forEach((p, i) => expect(p.id).toBe(`p${i + 1}`))
  })

  it.each(Object.keys(expected))('%s accounts for every non-empty seed line exactly once', (id) => {
    const { raw, meta } = seedOf(id)
    const parsed = parseArticle(raw, meta)
    const nonEmpty = raw.split(/\r?\n/).flatMap((l, i) => (l.trim() ? [i + 1] : []))
    expect(parsed.paragraphs.length + parsed.dropped.length).toBe(nonEmpty.length)
    // Each dropped line names the line it came from, and the paragraphs are exactly the other lines' text, in order.
    const droppedLines = new Set(parsed.dropped.map((d) => d.line))
    expect(droppedLines.size).toBe(parsed.dropped.length)
    const lines = raw.split(/\r?\n/)
    const kept = nonEmpty.filter((n) => !droppedLines.has(n)).map((n) => lines[n - 1]!.replace(/^[\s•]+/, '').trimEnd())
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(kept)
    expect(article(id)!.paragraphs).toEqual(parsed.paragraphs)
  })

  it('keeps no furniture in the paragraphs', () => {
    const furniture = /please wait|No media source|^0:00|See also|Leave a Reply|swipe to next page|©|Disqus|Related Content|16x9 Image/
    for (const a of compiled.data!.articles) for (const p of a.paragraphs) expect(p.text, `${a.id}#${p.id}`).not.toMatch(furniture)
  })

  it('drops both copies of a duplicated photo caption and keeps the news around it', () => {
    const voa = article('voa')!
    expect(voa.dropped.filter((d) => d.text.startsWith("China's President Xi Jinping walks past honour guards"))).toHaveLength(2)
    expect(voa.paragraphs[12]?.text).toMatch(/^The Chinese leader's trip to Moscow came just days after the International Criminal Court/)
  })

  it('reads headline, outlet, date and credit', () => {
    const examiner = article('examiner')!
    expect(examiner.headline).toBe('Putin says Russia supports ‘many of the provisions’ in China’s Ukraine peace plan')
    expect(examiner.outlet).toBe('Washington Examiner')
    expect(examiner.date.iso).toBe('2023-03-21')
    expect(article('rferl')!.credit).toBe('(RFE/RL)')
    expect(article('voa')!.date.basis).toMatch(/March 20, 2023/)
  })

  it('keeps the article once published as ap reachable under its old id', () => {
    expect(article('examiner')!.aliases).toContain('ap')
  })

  it('marks the CNN copy as a garbled machine re-translation and no other', () => {
    expect(compiled.data!.articles.filter((a) => a.qualityNote).map((a) => a.id)).toEqual(['cnn'])
    expect(article('cnn')!.qualityNote).toMatch(/machine re-translation/)
  })
})

describe('parseArticle', () => {
  it('refuses a seed whose furniture list no longer matches its text', () => {
    const { raw, meta } = seedOf('voa')
    const line = meta.furniture[0]!.lines[0]!
    expect(() => parseArticle(raw.replace(line, ''), meta)).toThrow(`has no line "${line}": its furniture list is stale`)
  })

  it('refuses a seed that lacks its credit line', () => {
    const { raw, meta } = seedOf('voa')
    expect(() => parseArticle(raw.replace(meta.credit.text, ''), meta)).toThrow(/lacks its credit/)
  })
})

describe('check:data on a seed whose furniture list is stale', () => {
  it('names the article file and its furniture field instead of compiling', () => {
    const broken = scratchStory()
    try {
      const file = join(broken.dir, 'articles', 'voa.yaml')
      const text = readFileSync(file, 'utf8')
      writeFileSync(file, text.replace(/^ {4}lines:\n/m, '    lines:\n      - A line this page never had\n'))
      const problems = broken.problems()
      expect(problems.join('\n')).toMatch(/^articles\/voa\.yaml:\d+ furniture: .*has no line "A line this page never had": its furniture list is stale/m)
      expect(broken.compile().data).toBeUndefined()
    } finally {
      broken.remove()
    }
  })
})
