import { codeHex, codeOf, toUnicodeCodespace } from './glyph-codes'

const hex4 = (n: number) => `<${n.toString(16).padStart(4, '0')}>`

/** Lines of `n begin<op> … end<op>` sections, at most 100 entries each as the CMap format asks. */
const sections = (op: string, lines: string[]): string[] => {
  const out: string[] = []
  for (let i = 0; i < lines.length; i += 100) {
    const chunk = lines.slice(i, i + 100)
    out.push(`${chunk.length} begin${op}\n${chunk.join('\n')}\nend${op}`)
  }
  return out
}

/**
 * A ToUnicode CMap from the used glyphs' codes back to their text (`text`: glyph id -> code point). Codes and code
 * points rising together (a-z, 0-9) make one bfrange; a range stays within one high byte on both sides, as readers
 * only step the last byte.
 */
export const toUnicodeCMap = (text: Map<number, number>, used: Uint8Array): string => {
  const chars: string[] = []
  const ranges: string[] = []
  let first = -1
  let last = -1
  let firstCp = 0
  const close = () => {
    if (first < 0) return
    const code = codeOf(first)
    if (first === last) chars.push(`${codeHex(code)} ${hex4(firstCp)}`)
    else ranges.push(`${codeHex(code)} ${codeHex(codeOf(last))} ${hex4(firstCp)}`)
    first = -1
  }
  for (let gid = 1; gid < used.length; gid++) {
    const cp = used[gid] ? text.get(gid) : undefined
    if (cp === undefined) continue
    const code = codeOf(gid)
    const continues =
      first >= 0 &&
      code === codeOf(last) + 1 &&
      code >> 8 === codeOf(first) >> 8 &&
      cp === firstCp + (gid - first) &&
      cp >> 8 === firstCp >> 8
    if (!continues) {
      close()
      first = gid
      firstCp = cp
    }
    last = gid
  }
  close()
  const mappings = [...sections('bfchar', chars), ...sections('bfrange', ranges)].join('\n')
  return (
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n' +
    `/CMapType 2 def\n${toUnicodeCodespace}${mappings}\n` +
    'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend'
  )
}
