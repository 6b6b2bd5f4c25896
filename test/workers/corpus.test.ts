import { describe, expect, it } from 'vitest'
import { buildCorpus, corpus } from '../../src/corpus/corpus'
import { seedArticles } from '../../src/corpus/articles'

/** What each article keeps and drops: pinning the counts makes any parser change visible here. */
const expected = {
  voa: { kept: 26, dropped: { 'site-chrome': 2, headline: 1, 'photo-caption': 4, 'video-player': 8, credit: 1, 'byline-box': 3 } },
  rferl: { kept: 27, dropped: { headline: 1, 'byline-box': 1, 'comments-widget': 2 } },
  bloomberg: { kept: 10, dropped: { 'site-chrome': 2, headline: 1, credit: 1, 'page-navigation': 1, copyright: 1, 'comments-widget': 1 } },
  cnn: { kept: 24, dropped: { headline: 1, 'photo-caption': 3, 'see-also': 3, 'section-heading': 1, credit: 1, 'comments-widget': 2 } },
  ap: { kept: 8, dropped: { headline: 1, 'photo-caption': 1, credit: 1, duplicate: 1, 'video-player': 1, copyright: 1, 'site-chrome': 1 } },
} as const

const tally = (reasons: string[]) => reasons.reduce<Record<string, number>>((t, r) => ({ ...t, [r]: (t[r] ?? 0) + 1 }), {})

describe('corpus', () => {
  it('parses the five seeds in order with stable ids', () => {
    expect(corpus.articles.map((a) => a.id)).toEqual(['voa', 'rferl', 'bloomberg', 'cnn', 'ap'])
  })

  it.each(Object.entries(expected))('%s keeps every news paragraph and names why each other line went', (id, want) => {
    const article = corpus.article(id)!
    expect(article.paragraphs).toHaveLength(want.kept)
    expect(tally(article.dropped.map((d) => d.reason))).toEqual(want.dropped)
    article.paragraphs.forEach((p, i) => expect(p.id).toBe(`p${i + 1}`))
  })

  it('accounts for every non-empty seed line exactly once', () => {
    for (const { raw, meta } of seedArticles) {
      const article = corpus.article(meta.id)!
      const lines = raw.split(/\r?\n/).filter((l) => l.trim()).length
      expect(article.paragraphs.length + article.dropped.length, meta.id).toBe(lines)
    }
  })

  it('keeps no furniture in the paragraphs', () => {
    const furniture = /please wait|No media source|^0:00|See also|Leave a Reply|swipe to next page|©|Disqus|Related Content|16x9 Image/
    for (const a of corpus.articles) for (const p of a.paragraphs) expect(p.text, `${a.id}#${p.id}`).not.toMatch(furniture)
  })

  it('drops both copies of a duplicated photo caption and keeps the news around it', () => {
    const voa = corpus.article('voa')!
    expect(voa.dropped.filter((d) => d.text.startsWith("China's President Xi Jinping walks past honour guards"))).toHaveLength(2)
    expect(voa.paragraphs[12]?.text).toMatch(/^The Chinese leader's trip to Moscow came just days after the International Criminal Court/)
  })

  it('reads headline, outlet, date and credit', () => {
    const ap = corpus.article('ap')!
    expect(ap.headline).toBe('Putin says Russia supports ‘many of the provisions’ in China’s Ukraine peace plan')
    expect(ap.date.iso).toBe('2023-03-21')
    expect(corpus.article('rferl')!.credit).toBe('(RFE/RL)')
    expect(corpus.article('voa')!.date.basis).toMatch(/March 20, 2023/)
  })

  it('marks the CNN copy as a garbled machine re-translation and no other', () => {
    expect(corpus.articles.filter((a) => a.qualityNote).map((a) => a.id)).toEqual(['cnn'])
    expect(corpus.article('cnn')!.qualityNote).toMatch(/machine re-translation/)
  })

  it('refuses a seed whose furniture list no longer matches its text', () => {
    const [first] = seedArticles
    const stale = { raw: first!.raw.replace('16x9 Image', ''), meta: first!.meta }
    expect(() => buildCorpus([stale])).toThrow(/furniture list is stale/)
  })
})
