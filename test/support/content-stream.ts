// A small PDF content-stream tokeniser and a walk that checks every painting operator is tagged content or an artifact.

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00
const isDelimiter = (c: number) =>
  c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25

/** A token: an operator (`op`) or an operand (number, name, string, `[`, `]`, `<<`, `>>`). */
export interface Token {
  kind: 'op' | 'operand'
  text: string
}

/** Splits a decoded content stream into tokens; strings and hex strings are kept whole. */
export const tokenise = (bytes: Uint8Array): Token[] => {
  const tokens: Token[] = []
  const text = (a: number, b: number) => String.fromCharCode(...bytes.subarray(a, b))
  let i = 0
  while (i < bytes.length) {
    const c = bytes[i] ?? 0
    if (isSpace(c)) {
      i++
    } else if (c === 0x25) {
      while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++
    } else if (c === 0x28) {
      const start = i
      let depth = 0
      for (; i < bytes.length; i++) {
        const d = bytes[i]
        if (d === 0x5c) i++
        else if (d === 0x28) depth++
        else if (d === 0x29 && --depth === 0) break
      }
      tokens.push({ kind: 'operand', text: text(start, ++i) })
    } else if (c === 0x3c && bytes[i + 1] === 0x3c) {
      tokens.push({ kind: 'operand', text: '<<' })
      i += 2
    } else if (c === 0x3e && bytes[i + 1] === 0x3e) {
      tokens.push({ kind: 'operand', text: '>>' })
      i += 2
    } else if (c === 0x3c) {
      const start = i
      while (i < bytes.length && bytes[i] !== 0x3e) i++
      tokens.push({ kind: 'operand', text: text(start, ++i) })
    } else if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      tokens.push({ kind: 'operand', text: String.fromCharCode(c) })
      i++
    } else {
      const start = i
      i++
      while (i < bytes.length && !isSpace(bytes[i] ?? 0) && !isDelimiter(bytes[i] ?? 0)) i++
      const word = text(start, i)
      const operand = c === 0x2f || /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || word === 'true' || word === 'false' || word === 'null'
      tokens.push({ kind: operand ? 'operand' : 'op', text: word })
    }
  }
  return tokens
}

// Operators that show text or paint a path, a shading or an XObject.
const painting = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'sh', 'Do', 'BI'])

export interface Walk {
  /** Painting operators outside any MCID sequence or artifact, as `op@index`. */
  untagged: string[]
  /** MCIDs in the order their sequences open. */
  mcids: number[]
  /** Tagged sequences opened inside another tagged sequence (PDF/UA allows no nesting of MCIDs). */
  nested: number
  /** Marked-content operators that do not balance (EMC without BMC/BDC, or sequences left open). */
  unbalanced: number
  /** How many text-showing and path-painting operators the walk saw. */
  painted: number
}

/** Walks a content stream's tokens, tracking BMC/BDC/EMC nesting. */
export const walkContent = (tokens: Token[]): Walk => {
  const open: { mcid?: number; artifact: boolean }[] = []
  const walk: Walk = { untagged: [], mcids: [], nested: 0, unbalanced: 0, painted: 0 }
  let operands: string[] = []
  tokens.forEach((token, index) => {
    if (token.kind === 'operand') {
      operands.push(token.text)
      return
    }
    const op = token.text
    if (op === 'BMC' || op === 'BDC') {
      const artifact = operands[0] === '/Artifact'
      const at = operands.indexOf('/MCID')
      const mcid = at >= 0 ? Number(operands[at + 1]) : undefined
      if (mcid !== undefined) {
        if (open.some((o) => o.mcid !== undefined)) walk.nested++
        walk.mcids.push(mcid)
      }
      open.push(mcid === undefined ? { artifact } : { mcid, artifact })
    } else if (op === 'EMC') {
      if (!open.pop()) walk.unbalanced++
    } else if (painting.has(op)) {
      walk.painted++
      if (!open.some((o) => o.artifact || o.mcid !== undefined)) walk.untagged.push(`${op}@${index}`)
    }
    operands = []
  })
  walk.unbalanced += open.length
  return walk
}
