/**
 * The glyph ids each font draws in content streams: a flag per glyph id, by font resource name (`F1`).
 * Reads PDF content syntax: `/Fn size Tf` selects the font, `<...>` strings outside dictionaries are glyph ids
 * (Identity-H, four hex digits each); literal strings `( )` and dictionaries `<< >>` (marked-content properties,
 * e.g. an /ActualText) are skipped.
 */
export const glyphUsage = (streams: readonly Uint8Array[], glyphCount: number): Map<string, Uint8Array> => {
  const used = new Map<string, Uint8Array>()
  let flags: Uint8Array | undefined
  let lastName = ''
  const hexValue = (c: number) => (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57)
  for (const s of streams) {
    let depth = 0
    for (let i = 0; i < s.length; i++) {
      const c = s[i] ?? 0
      if (c === 0x3c) {
        // `<`
        if (s[i + 1] === 0x3c) {
          depth++
          i++
          continue
        }
        let digits = 0
        let value = 0
        for (i++; i < s.length && s[i] !== 0x3e; i++) {
          const d = s[i] ?? 0
          if (d <= 0x20) continue
          value = (value << 4) | hexValue(d)
          if (++digits === 4) {
            if (depth === 0 && flags && value < glyphCount) flags[value] = 1
            digits = 0
            value = 0
          }
        }
      } else if (c === 0x3e && s[i + 1] === 0x3e) {
        depth--
        i++
      } else if (c === 0x28) {
        // `(`: skip a literal string, with its escapes and balanced parentheses.
        let nest = 1
        for (i++; i < s.length && nest > 0; i++) {
          const d = s[i]
          if (d === 0x5c) i++
          else if (d === 0x28) nest++
          else if (d === 0x29) nest--
        }
        i--
      } else if (c === 0x2f) {
        // `/Name`
        let end = i + 1
        while (end < s.length && (s[end] ?? 0) > 0x20 && !'/[]<>()'.includes(String.fromCharCode(s[end] ?? 0))) end++
        lastName = String.fromCharCode(...s.subarray(i + 1, end))
        i = end - 1
      } else if (c === 0x54 && s[i + 1] === 0x66 && (s[i - 1] ?? 0) <= 0x20 && (s[i + 2] ?? 0x20) <= 0x20) {
        // `Tf`
        flags = used.get(lastName)
        if (!flags) used.set(lastName, (flags = new Uint8Array(glyphCount)))
        i++
      }
    }
  }
  return used
}
