import { PDFHexString, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { textString } from '../../src/render/pdf/pdf-text'

/** A text string's syntax read back as pdf-lib reads it (PDFDocEncoding, or UTF-16 after a byte order mark). */
const read = (syntax: string) =>
  syntax.startsWith('(') ? PDFString.of(syntax.slice(1, -1)).decodeText() : PDFHexString.of(syntax.slice(1, -1)).decodeText()

describe('textString', () => {
  it.each([
    'Plain ASCII',
    'China’s “plan” — (a) \\ b… • €1 café ÿ Łódź œ ™',
    'Київ and Москва',
    'a no-break\u00a0space',
    'an emoji 🙂',
  ])('reads back as written: %s', (text) => expect(read(textString(text))).toBe(text))

  it('is a PDFDocEncoding literal where it can be, in ASCII syntax, else UTF-16 hex', () => {
    expect(textString('China’s (plan)')).toBe('(China\\220s \\(plan\\))')
    expect(textString('Київ')).toBe('<FEFF041A043804570432>')
    expect(textString('a\u00a0b').startsWith('<FEFF')).toBe(true)
  })
})
