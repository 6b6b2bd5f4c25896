import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { corroborationSentence, printedWording, stanceWithBasis } from '../../src/vocabulary'

describe('the presentation vocabulary', () => {
  it('wraps a quote in double marks and turns its inner quotes to single ones', () => {
    expect(printedWording('quote', 'We call it a “special operation” here')).toBe('“We call it a ‘special operation’ here”')
    expect(printedWording('quote', 'a so-called "peace plan" indeed')).toBe('“a so-called ‘peace plan’ indeed”')
  })

  it('does not wrap a wording that already begins or ends with the outlet’s quotation mark', () => {
    expect(printedWording('quote', '“We welcome China’s willingness to play a constructive role')).toBe('“We welcome China’s willingness to play a constructive role')
    expect(printedWording('quote', 'described it as a “landmark event”.')).toBe('described it as a “landmark event”.')
  })

  it('leaves paraphrases and characterisations as the outlet wrote them', () => {
    expect(printedWording('paraphrase', 'Putin said the plan could be a basis')).toBe('Putin said the plan could be a basis')
  })

  it('says the stance with its basis, and where wire material may be shared', () => {
    expect(stanceWithBasis('supports', 'outlet-reports')).toBe('Supports, as reported by outlets: no official quoted')
    expect(stanceWithBasis('opposes', 'reported-speech')).toBe('Opposes, in reported speech only')
    expect(stanceWithBasis('none', undefined)).toBe('No stated position in these sources')
    expect(corroborationSentence({ newsrooms: ['VOA', 'Reuters'], sharedWire: ['Reuters'] })).toBe('Corroborated by 2 newsrooms: VOA, Reuters. They may share Reuters material.')
    expect(corroborationSentence({ newsrooms: ['Coastwire'], sharedWire: ['Coastwire'] })).toBe('Single source: only Coastwire reports this.')
  })

  it('never doubles quotation marks on the timeline, in HTML or Markdown', async () => {
    for (const path of ['/timeline', '/topics/peace-plan', '/topics/peace-plan.md']) {
      const text = await (await SELF.fetch(`http://localhost${path}`)).text()
      expect(text, path).not.toMatch(/“["“]|["”]”/)
    }
  })
})
