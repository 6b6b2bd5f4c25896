import { describe, expect, it } from 'vitest'
import { findQuotes } from '../../tools/curate/quotes'

const inner = (text: string) => findQuotes(text).map((s) => text.slice(s.innerStart, s.innerEnd))

describe('findQuotes', () => {
  it('reads curly, straight, British single and guillemet marks', () => {
    expect(inner('He said “we will stay,” and left.')).toEqual(['we will stay,'])
    expect(inner('He said "we will stay" and left.')).toEqual(['we will stay'])
    expect(inner('He said ‘we will stay’ and left.')).toEqual(['we will stay'])
    expect(inner('Il a dit «nous restons» hier.')).toEqual(['nous restons'])
  })
  it('keeps nested quotes inside the outer one', () => {
    expect(inner('“They called it ‘a pause’, not a peace,” she said.')).toEqual(['They called it ‘a pause’, not a peace,'])
    expect(inner('‘They called it “a pause”, not a peace’, she said.')).toEqual(['They called it “a pause”, not a peace'])
    expect(inner('«Ils disent ‹jamais› encore», a-t-il dit.')).toEqual(['Ils disent ‹jamais› encore'])
  })
  it('does not read apostrophes as quotes', () => {
    expect(inner("Norland’s envoy said the fleet's orders hadn't changed.")).toEqual([])
    expect(inner('Sudmark‘s navy, said “nothing new.”')).toEqual(['nothing new.'])
  })
  it('leaves a quote open at the paragraph end', () => {
    const [span] = findQuotes('“The first part goes on and on.')
    expect(span?.closed).toBe(false)
  })
  it('accepts an opening mark used as a closer', () => {
    expect(inner('She said, “We hold the line.“')).toEqual(['We hold the line.'])
  })
})
