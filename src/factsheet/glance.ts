import type { FactPosition, FactStatement } from './model'

/**
 * The statement that best shows at a glance where an actor stands: the one the curator chose (`telling`, checked by
 * check:data to be the actor's own words where the stance rests on them); otherwise the actor's own words before an
 * outlet's description, a direct quote before a paraphrase, a source without a quality warning first, then short
 * before long. `shortest` (for a page short of room) ignores the choice and drops the quote-before-paraphrase
 * preference, so the shortest complete statement in the actor's own words wins. None for an actor with no stated
 * position.
 */
export const mostTellingStatement = (
  position: Pick<FactPosition, 'stance' | 'statements' | 'telling'>,
  { shortest = false }: { shortest?: boolean } = {},
): FactStatement | undefined => {
  if (position.stance === 'none') return undefined
  const chosen = shortest || !position.telling ? undefined : position.statements.find((s) => s.id === position.telling)
  if (chosen) return chosen
  const rank = (s: FactStatement) => [
    s.kind === 'characterisation' ? 1 : 0,
    shortest || s.kind === 'quote' ? 0 : 1,
    s.wordings[0]?.source.qualityNote ? 1 : 0,
    s.quote.length,
  ]
  const better = (a: FactStatement, b: FactStatement) => {
    const [ra, rb] = [rank(a), rank(b)]
    const i = ra.findIndex((v, k) => v !== rb[k])
    return i < 0 ? a : (ra[i] ?? 0) <= (rb[i] ?? 0) ? a : b
  }
  return position.statements.reduce<FactStatement | undefined>((best, s) => (best ? better(best, s) : s), undefined)
}
