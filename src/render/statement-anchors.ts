import type { FactPosition } from '../factsheet/model'

/**
 * Where each actor's copy of a statement is anchored on a topic's page. A statement shown under several actors (a
 * joint statement) is anchored once per copy: its id names the first copy, `actor--id` each later one, so every
 * anchor is defined once and each actor's row at a glance can link to the copy in that actor's own section. The HTML
 * page and the PDF brief name them alike.
 */
export type StatementAnchors = (actor: string, id: string) => string

export const statementAnchors = (positions: readonly Pick<FactPosition, 'actor' | 'statements'>[]): StatementAnchors => {
  const seen = new Set<string>()
  const anchors = new Map<string, string>()
  for (const p of positions)
    for (const s of p.statements) {
      anchors.set(`${p.actor} ${s.id}`, seen.has(s.id) ? `${p.actor}--${s.id}` : s.id)
      seen.add(s.id)
    }
  return (actor, id) => anchors.get(`${actor} ${id}`) ?? id
}
