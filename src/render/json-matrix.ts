import type { PositionMatrix } from '../factsheet/matrix'

/** The API shape of the position matrix: topics as rows, actors as columns, a stance per cell. */
export const matrixJson = (matrix: PositionMatrix, dataVersion: string) => ({
  dataVersion,
  dateRange: matrix.dateRange,
  actors: matrix.columns.map((c) => ({ actor: c.actor, actorName: c.actorName, url: c.href })),
  legend: matrix.legend,
  topics: matrix.rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    url: row.href,
    positions: row.cells.map((cell) => ({
      actor: cell.actor,
      stance: cell.stance,
      stanceLabel: cell.stanceLabel,
      stanceWithBasis: cell.stanceWithBasis,
      summary: cell.summary,
      statements: cell.statementCount,
      url: cell.href,
    })),
  })),
})
