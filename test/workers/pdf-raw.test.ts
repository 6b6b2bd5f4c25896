import { describe, expect, it } from 'vitest'
import { latin1Bytes, singleByteBytes } from '../../src/render/pdf/pdf-raw'

// The object stream is encoded in one go by singleByteBytes: it must give latin1Bytes' bytes for any PDF syntax,
// ASCII (the native encoder) or not (a byte per character, never UTF-8's two).
describe('singleByteBytes', () => {
  it.each([
    ['ASCII syntax', '<</S/P/P 485 0 R/K[ 15 493 0 R 17]>>\n(\\(escaped\\) \\222) <FEFF0041>'],
    ['characters past ASCII', '%\x81\x81\x81\x81 (caf\xe9) \xff'],
    ['nothing', ''],
  ])('%s', (_name, text) => {
    const bytes = singleByteBytes(text)
    expect([...bytes]).toEqual([...latin1Bytes(text)])
    expect(bytes.length).toBe(text.length)
  })
})
