import { describe, expect, it } from 'vitest'
import { resolveDate, weekdayOnOrBefore } from '../../tools/curate/dates'

describe('dates', () => {
  it('resolves a weekday to the most recent one on or before the article date', () => {
    expect(weekdayOnOrBefore('2031-05-14', 3)).toBe('2031-05-14') // the same Wednesday
    expect(resolveDate('said on Monday', '2031-05-14').date).toBe('2031-05-12')
    expect(resolveDate(', he said Thursday', '2031-05-14').date).toBe('2031-05-08')
  })
  it('reads explicit dates and yesterday', () => {
    expect(resolveDate('on March 3', '2031-05-14').date).toBe('2031-03-03')
    expect(resolveDate('said yesterday', '2031-05-14').date).toBe('2031-05-13')
  })
  it('gives null with a note where the text has no day', () => {
    const d = resolveDate('he said', '2031-05-14')
    expect(d.date).toBeNull()
    expect(d.note).toMatch(/no date/)
    expect(resolveDate('said on Monday', null)).toMatchObject({ date: null })
  })
})
