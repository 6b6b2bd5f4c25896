import { describe, expect, it } from 'vitest'
import { negotiate } from '../../src/http/negotiate'

const offers = ['text/html', 'application/pdf', 'application/json'] as const

describe('negotiate', () => {
  it.each([
    [undefined, 'text/html'],
    ['', 'text/html'],
    ['*/*', 'text/html'],
    ['application/json', 'application/json'],
    ['application/pdf', 'application/pdf'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html'],
    ['application/json;q=0.5, application/pdf', 'application/pdf'],
    ['application/*', 'application/pdf'],
    ['application/*, application/json;q=1', 'application/pdf'],
    ['image/png', undefined],
    ['text/html;q=0', undefined],
    ['*/*;q=0, application/json', 'application/json'],
    ['garbage;;;,,', 'text/html'],
  ])('%s -> %s', (accept, want) => {
    expect(negotiate(accept, offers)).toBe(want)
  })
})
