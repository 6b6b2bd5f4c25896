// PDF text strings (Info, outline titles, link descriptions): PDFDocEncoding where it holds the text, as UTF-16 hex
// costs four digits a character and most of this text is ASCII with a few typographic quotes and dashes.

// PDFDocEncoding's bytes 0x80–0x9E and 0xA0 (ISO 32000-1 Annex D.2); 0xA1–0xFF are Latin-1 but for 0xAD.
const upper = [
  0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203a, 0x2212, 0x2030, 0x201e, 0x201c,
  0x201d, 0x2018, 0x2019, 0x201a, 0x2122, 0xfb01, 0xfb02, 0x0141, 0x0152, 0x0160, 0x0178, 0x017d, 0x0131, 0x0142,
  0x0153, 0x0161, 0x017e,
]
const pdfDoc = new Map<number, number>(upper.map((cp, i) => [cp, 0x80 + i]))
pdfDoc.set(0x20ac, 0xa0)

/** The PDFDocEncoding byte for a UTF-16 code unit, or -1. */
const byteOf = (c: number): number =>
  (c >= 0x20 && c < 0x7f) || (c >= 0xa1 && c <= 0xff && c !== 0xad) ? c : (pdfDoc.get(c) ?? -1)

const hexBytes = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase())

/**
 * A PDF text string: a literal in PDFDocEncoding when every character has a byte there (bytes past ASCII as octal
 * escapes, so the syntax stays ASCII), else UTF-16BE hex with a byte order mark.
 */
export const textString = (text: string): string => {
  let literal = '('
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const b = byteOf(c)
    if (b < 0) return utf16Hex(text)
    literal += b >= 0x80 ? `\\${b.toString(8)}` : c === 0x28 || c === 0x29 || c === 0x5c ? `\\${text[i]}` : text[i]
  }
  return `${literal})`
}

const utf16Hex = (text: string): string => {
  let hex = '<FEFF'
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    hex += (hexBytes[c >> 8] ?? '00') + (hexBytes[c & 255] ?? '00')
  }
  return `${hex}>`
}
