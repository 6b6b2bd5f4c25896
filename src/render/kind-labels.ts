import type { StatementKind } from '../curation/types'
import { kindCounted } from '../vocabulary'

/** `15 direct quotes, 5 paraphrases`: how a speaker's statements divide by grade of evidence. */
export const kindBreakdown = (kinds: Record<StatementKind, number>): string =>
  (Object.keys(kindCounted) as StatementKind[])
    .filter((k) => kinds[k] > 0)
    .map((k) => `${kinds[k]} ${kindCounted[k][kinds[k] === 1 ? 0 : 1]}`)
    .join(', ')
