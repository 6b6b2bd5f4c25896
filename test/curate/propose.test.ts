import { describe, expect, it } from 'vitest'
import { newSpeakersOf, propose } from '../../tools/curate/propose'
import { articleOf, testRegister } from './helpers'

const one = (...texts: string[]) => propose(articleOf(...texts), testRegister)

describe('propose: cues', () => {
  it('said-after with the full name from elsewhere in the article', () => {
    const [q] = one('Norland Foreign Minister Orla Fennimore arrived in Veskby on Monday.', '“We came to listen,” Fennimore said on Tuesday.')
    expect(q).toMatchObject({ kind: 'quote', cue: 'said-after', speaker: { name: 'Orla Fennimore', role: 'Norland Foreign Minister' }, actor: 'norland', date: '2031-05-13' })
  })
  it('said-before and colon-intro', () => {
    expect(one('Orla Fennimore said, “We came to listen and we will stay.”')[0]).toMatchObject({ cue: 'said-before', speaker: { name: 'Orla Fennimore' } })
    expect(one('Orla Fennimore told reporters: “We came to listen and we will stay.”')[0]).toMatchObject({ cue: 'colon-intro' })
  })
  it('reversed order with an appositive role', () => {
    const [q] = one('“The harbour stays open to every ship,” said Tamsin Rook, a spokeswoman for the Sudmark navy.')
    expect(q?.speaker).toEqual({ name: 'Tamsin Rook', role: 'spokeswoman for the Sudmark navy' })
    expect(q?.actor).toBe('sudmark')
  })
  it('pronoun and description resolve to the previous named speaker', () => {
    // An unknown demonym ("Sudmarker") reads as a name; a possessive country is a role word.
    const ps = one('Sudmark’s envoy Pell Arvasson said, “Nothing has changed in our position today.”', '“We will wait for an answer from Veskby,” he added.', 'Sudmark’s top diplomat said, “The harbour is not for sale to anyone.”')
    expect(ps[1]).toMatchObject({ cue: 'pronoun-previous-speaker', speaker: { name: 'Pell Arvasson' } })
    expect(ps[2]).toMatchObject({ cue: 'description-previous-speaker', speaker: { name: 'Pell Arvasson' }, actor: 'sudmark' })
  })
  it('abstains where the speaker is unclear', () => {
    const [q] = one('“No one will be allowed through the narrows tonight,” he said.')
    expect(q?.speaker).toBeNull()
  })
  it('according-to and reported speech', () => {
    const ps = one('The convoy will leave at dawn, according to the Norland Foreign Office.', 'Orla Fennimore said that the convoy would wait for the tide.')
    expect(ps[0]).toMatchObject({ kind: 'paraphrase', cue: 'according-to', actor: 'norland' })
    expect(ps[1]).toMatchObject({ kind: 'paraphrase', segments: ['the convoy would wait for the tide'], speaker: { name: 'Orla Fennimore' } })
  })
  it('fragments of one to three words are low-confidence', () => {
    const [f] = one('Orla Fennimore called the plan “a distraction” on Friday.')
    expect(f?.kind).toBe('fragment')
    expect(f?.confidence).toBeLessThanOrEqual(0.3)
  })
  it('joins an interrupted quote into segments', () => {
    const [q] = one('“If the ships stay,” Orla Fennimore said, “then we will stay as well.”')
    expect(q?.segments).toEqual(['If the ships stay', 'then we will stay as well.'])
  })
  it('carries a quote across paragraphs', () => {
    const ps = one('Orla Fennimore said: “The first point is the harbour and its use.', '“The second point is the convoy and its route.”')
    expect(ps[0]).toMatchObject({ continues: true })
    expect(ps[1]).toMatchObject({ cue: 'continued-quote', speaker: { name: 'Orla Fennimore' } })
  })
  it('reads transcript and Q&A lines', () => {
    const ps = one('Orla Fennimore spoke to reporters.', 'Orla Fennimore: “We are ready to talk at any time.”', 'Q: Will the convoy sail this week?', 'A: It sails when the tide allows it.')
    expect(ps[0]).toMatchObject({ cue: 'transcript-label', speaker: { name: 'Orla Fennimore' } })
    expect(ps[1]).toMatchObject({ cue: 'transcript-label', speaker: null })
    expect(ps[2]).toMatchObject({ cue: 'qa-answer', speaker: { name: 'Orla Fennimore' } })
  })
  it('lists speakers missing from the register', () => {
    const ps = one('“The harbour stays open to every ship,” said Tamsin Rook, a spokeswoman for the Sudmark navy.')
    expect(newSpeakersOf(ps, testRegister).map((s) => s.name)).toEqual(['Tamsin Rook'])
  })
})

describe('propose: verbatim', () => {
  it('every segment is a substring of its paragraph', () => {
    const article = articleOf(
      '“A first thing,” Orla Fennimore said. “A second thing, with ‘inner’ words.”',
      'She added: «ça va» and "straight words here for once," according to Norland.',
      '‘British style with “nested” marks,’ said Pell Arvasson, Sudmark’s envoy.',
    )
    for (const p of propose(article, testRegister)) {
      const text = article.paragraphs.find((x) => x.id === p.paragraph)?.text ?? ''
      for (const s of p.segments) expect(text).toContain(s)
    }
  })
})
