import { describe, expect, it } from 'vitest'
import { normaliseName, normaliseSpan, scoreArticle } from '../../tools/curate/eval'
import { propose } from '../../tools/curate/propose'
import { articleOf, testRegister } from './helpers'

describe('eval', () => {
  it('is lenient only on marks, spaces and trailing punctuation', () => {
    expect(normaliseSpan(['We stay,', 'and  we hold.'])).toBe(normaliseSpan(['“We stay', 'and we hold”']))
    expect(normaliseSpan(['We stay'])).not.toBe(normaliseSpan(['we stay']))
    expect(normaliseName('The Norland Foreign Office')).toBe(normaliseName('Norland Foreign Office'))
  })
  it('scores a tiny invented key', () => {
    const article = articleOf('“We came to listen,” Orla Fennimore said.', 'Critics called it “theatre”.')
    const score = scoreArticle(
      {
        article: 'test', file: 'x', articleDate: '2031-05-14',
        quotes: [{ paragraph: 'p1', segments: ['We came to listen,'], kind: 'quote', speaker: { name: 'Orla Fennimore', role: null }, actor: 'norland', cue: 'said-after' }],
      },
      propose(article, testRegister),
    )
    expect(score).toMatchObject({ keyQuotes: 1, matchedKeyQuotes: 1, speakerCorrect: 1, actorCorrect: 1 })
    expect(score.rejections).toBe(1) // the fragment is not in the key
  })
})
