import type { ActorId } from '../curation/types'
import { citationIndex } from './citation-index'
import type { FactSheet } from './model'

/**
 * The sheet narrowed to some actors, in canonical order. Key figures and events belong to the topic, not to an actor, so
 * they stay. References are renumbered from [1], cited in build order (statements, figures, events), and list only what remains cited.
 */
export const filterActors = (sheet: FactSheet, actors: readonly ActorId[], order: readonly ActorId[]): FactSheet => {
  const wanted = new Set(actors)
  const index = citationIndex()
  const positions = sheet.positions
    .filter((p) => wanted.has(p.actor))
    .map((p) => ({ ...p, statements: p.statements.map(index.citeStatement) }))
  const figures = sheet.figures.map((f) => ({ ...f, sources: f.sources.map(index.cite) }))
  const events = sheet.events.map((e) => ({ ...e, reports: e.reports.map((r) => ({ ...r, source: index.cite(r.source) })) }))
  const cited = new Set(index.references.map((r) => r.article))
  const articles = sheet.articles.filter((a) => cited.has(a.article))
  const omitted = [
    ...(sheet.actorFilter?.omitted ?? []),
    ...sheet.positions.filter((p) => !wanted.has(p.actor)).map((p) => ({ actor: p.actor, actorName: p.actorName })),
  ].sort((a, b) => order.indexOf(a.actor) - order.indexOf(b.actor))
  const dates = articles.map((a) => a.date).sort()
  const [from, to] = [dates[0], dates[dates.length - 1]]
  return {
    ...sheet,
    positions,
    figures,
    events,
    references: index.references,
    articles,
    // With nothing left cited (an actor silent on a topic without figures), keep the topic's own range.
    dateRange: from && to ? { from, to } : sheet.dateRange,
    // Absent when nothing was left out, so choosing every actor gives back the whole sheet unchanged.
    ...(omitted.length > 0 ? { actorFilter: { actors: positions.map((p) => p.actor), omitted } } : {}),
  }
}
