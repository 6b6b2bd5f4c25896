import type { StatementKind } from '../curation/types'

/** How each grade of evidence is named beside a statement, in every format. */
export const kindLabels: Record<StatementKind, string> = {
  quote: 'Direct quote',
  paraphrase: 'Paraphrase (reported speech)',
  characterisation: 'Outlet’s characterisation',
}
