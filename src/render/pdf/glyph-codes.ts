// Text is shown in short character codes rather than Identity-H's two bytes per glyph. A CID is the glyph id
// (/CIDToGIDMap /Identity); the build-time font puts ASCII, punctuation and Latin-1 first, so nearly every glyph a
// brief draws has a CID below `oneByteCids` and a one-byte code; the rest (Latin Extended-A, Cyrillic, …) take two.

/** Bytes a literal string must escape (LF, CR, parentheses, backslash): no one-byte code is one of them. */
const escaped = new Set([0x0a, 0x0d, 0x28, 0x29, 0x5c])

/** CID n's one-byte code is `oneByte[n]`: 0x01…0xEF without the escaped bytes. CID 0 (.notdef) is never drawn. */
const oneByte: number[] = [0]
for (let b = 1; b <= 0xef; b++) if (!escaped.has(b)) oneByte.push(b)

/** CIDs below this have a one-byte code; from it up, codes are 0xF000 + (cid - oneByteCids), two bytes. */
export const oneByteCids = oneByte.length
/** One more than the highest CID a code can reach. */
export const codeLimit = oneByteCids + 0x1000

/** The character code for a CID (glyph id): one byte below oneByteCids, else two. */
export const codeOf = (cid: number): number => (cid < oneByteCids ? (oneByte[cid] ?? 0) : 0xf000 + cid - oneByteCids)

/** Whether a byte must be escaped inside a literal string. */
export const isEscaped = (byte: number): boolean => escaped.has(byte)

/** A code as a CMap writes it: `<41>` or `<f012>`. */
export const codeHex = (code: number): string => `<${code.toString(16).padStart(code < 0x100 ? 2 : 4, '0')}>`

const codespace = '2 begincodespacerange\n<00> <ef>\n<f000> <ffff>\nendcodespacerange\n'

/** The CMap's cidrange lines: each run of consecutive one-byte codes and its first CID, then the two-byte range. */
const cidRanges = (): string[] => {
  const lines: string[] = []
  for (let cid = 1; cid < oneByteCids; ) {
    const first = cid
    while (cid + 1 < oneByteCids && oneByte[cid + 1] === (oneByte[cid] ?? 0) + 1) cid++
    lines.push(`${codeHex(oneByte[first] ?? 0)} ${codeHex(oneByte[cid] ?? 0)} ${first}`)
    cid++
  }
  lines.push(`<f000> <ffff> ${oneByteCids}`)
  return lines
}

const cidSystemInfo = '<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>'
/** The encoding CMap's name: a document embeds it once, as a stream every font's /Encoding names. */
const cmapName = 'FactSheets-Short-H'

/** The embedded encoding CMap's stream dictionary entries (PDF/UA: WMode in the dictionary as in the program). */
export const encodingDict = `/Type /CMap /CMapName /${cmapName} /CIDSystemInfo ${cidSystemInfo} /WMode 0`

/** The encoding CMap program: code -> CID for every code, the same for each face and document. */
export const encodingCMap = (): string => {
  const ranges = cidRanges()
  return (
    `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo ${cidSystemInfo} def\n` +
    `/CMapName /${cmapName} def\n/CMapType 1 def\n/WMode 0 def\n${codespace}` +
    `${ranges.length} begincidrange\n${ranges.join('\n')}\nendcidrange\n` +
    'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend'
  )
}

/** The ToUnicode CMap's codespace: the encoding's, so the two read codes alike. */
export const toUnicodeCodespace = codespace
