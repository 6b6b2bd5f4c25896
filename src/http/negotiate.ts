interface MediaRange {
  type: string
  q: number
}

const parseAccept = (accept: string): MediaRange[] =>
  accept
    .split(',')
    .slice(0, 32)
    .map((part) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';')
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const q = qParam ? Number(qParam.slice(2)) : 1
      return { type: type.trim(), q: Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0 }
    })
    .filter((r) => /^[a-z0-9.+*-]+\/[a-z0-9.+*-]+$/.test(r.type))

const matches = (range: string, type: string) =>
  range === '*/*' || range === type || (range.endsWith('/*') && type.startsWith(range.slice(0, -1)))

/**
 * Picks the offered type the Accept header prefers (ties go to the first offer).
 * Returns undefined when nothing offered is acceptable; a missing or unparsable header accepts the first offer.
 */
export const negotiate = <T extends string>(accept: string | undefined, offers: readonly T[]): T | undefined => {
  const ranges = parseAccept(accept ?? '')
  if (ranges.length === 0) return offers[0]
  let best: { offer: T; q: number } | undefined
  for (const offer of offers) {
    // The most specific matching range decides an offer's quality.
    const range = ranges
      .filter((r) => matches(r.type, offer))
      .sort((x, y) => y.type.replace(/\*/g, '').length - x.type.replace(/\*/g, '').length)[0]
    if (range && range.q > 0 && (!best || range.q > best.q)) best = { offer, q: range.q }
  }
  return best?.offer
}
