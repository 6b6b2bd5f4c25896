import type { StatementKind } from '../curation/types'

/** How each grade of evidence is named beside a statement, in every format. */
export const kindLabels: Record<StatementKind, string> = {
  quote: 'Direct quote',
  paraphrase: 'Paraphrase (reported speech)',
  characterisation: 'Outlet’s characterisation',
}

const kindCounted: Record<StatementKind, [string, string]> = {
  quote: ['direct quote', 'direct quotes'],
  paraphrase: ['paraphrase', 'paraphrases'],
  characterisation: ['outlet’s characterisation', 'outlet’s characterisations'],
}

/** `15 direct quotes, 5 paraphrases`: how a speaker's statements divide by grade of evidence. */
export const kindBreakdown = (kinds: Record<StatementKind, number>): string =>
  (Object.keys(kindCounted) as StatementKind[])
    .filter((k) => kinds[k] > 0)
    .map((k) => `${kinds[k]} ${kindCounted[k][kinds[k] === 1 ? 0 : 1]}`)
    .join(', ')
