import { stanceIds, type Actor, type ActorId, type StanceId } from '../curation/types'
import { basisShort, stanceLabels } from '../vocabulary'
import type { FactSheet } from './model'

export interface MatrixColumn {
  actor: ActorId
  actorName: string
  /** Site-relative link to the actor's page: `/actors/us`. */
  href: string
}

export interface MatrixCell {
  actor: ActorId
  actorName: string
  stance: StanceId
  stanceLabel: string
  stanceWithBasis: string
  /** The stance with a short basis, for a cell: "Supports · outlets only". */
  stanceShort: string
  summary: string
  statementCount: number
  /** Site-relative link to the actor's section of the topic sheet: `/topics/peace-plan#us`. */
  href: string
}

export interface MatrixRow {
  slug: string
  title: string
  href: string
  /** One per actor, in the order of `columns`. */
  cells: MatrixCell[]
}

export interface StanceCount {
  stance: StanceId
  label: string
  /** How many cells of the matrix hold this stance. */
  count: number
}

/** Topics by actors, each cell a stance: what the HTML table, the Markdown table and a one-page PDF all draw. */
export interface PositionMatrix {
  columns: MatrixColumn[]
  rows: MatrixRow[]
  /** Every stance of the vocabulary in its fixed order, for the legend, even those no cell holds. */
  legend: StanceCount[]
  dateRange: { from: string; to: string }
  corpusName: string
  sourcesPhrase: string
}

/** Builds the position matrix from fact sheets (pure): rows in the sheets' order, columns in canonical actor order. */
export const buildPositionMatrix = (sheets: readonly FactSheet[], actors: readonly Actor[]): PositionMatrix => {
  const actorIds = actors.map((a) => a.id)
  const columns = actors.map((a) => ({ actor: a.id, actorName: a.name, href: `/actors/${a.id}` }))
  const rows = sheets.map((sheet) => ({
    slug: sheet.slug,
    title: sheet.title,
    href: `/topics/${sheet.slug}`,
    cells: actorIds.flatMap((actor) => {
      const p = sheet.positions.find((position) => position.actor === actor)
      if (!p) return []
      return [
        {
          actor,
          actorName: p.actorName,
          stance: p.stance,
          stanceLabel: p.stanceLabel,
          stanceWithBasis: p.stanceWithBasis,
          stanceShort: p.basis ? `${p.stanceLabel} · ${basisShort[p.basis]}` : p.stanceLabel,
          summary: p.summary,
          statementCount: p.statements.length,
          href: `/topics/${sheet.slug}#${actor}`,
        },
      ]
    }),
  }))
  const cells = rows.flatMap((r) => r.cells)
  const legend = stanceIds.map((stance) => ({ stance, label: stanceLabels[stance], count: cells.filter((c) => c.stance === stance).length }))
  const froms = sheets.map((s) => s.dateRange.from).filter(Boolean).sort()
  const tos = sheets.map((s) => s.dateRange.to).filter(Boolean).sort()
  return {
    columns,
    rows,
    legend,
    dateRange: { from: froms[0] ?? '', to: tos[tos.length - 1] ?? '' },
    corpusName: sheets[0]?.corpusName ?? '',
    sourcesPhrase: sheets[0]?.sourcesPhrase ?? '',
  }
}
