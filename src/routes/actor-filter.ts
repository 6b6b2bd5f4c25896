import type { ActorId } from '../curation/types'
import { ClientError } from '../http/errors'
import type { AppContext } from './env'

export interface ActorFilter {
  /** The chosen actors in canonical order, without duplicates. */
  actors: ActorId[]
  /** The canonical query, `actors=us,china`: for links to the same selection in other formats. */
  query: string
  /** For ETags and cache keys: `us.china`. */
  key: string
}

const invalid = (c: AppContext, ids: string[]) =>
  new ClientError(
    400,
    `The parameter "actors" must be a comma-separated list of one or more of: ${ids.join(', ')}.`,
    ids.map((id) => ({ label: `actors=${id}`, href: `${c.req.path}?actors=${id}` })),
  )

/**
 * Reads `?actors=us,china` (case-insensitive, duplicates and blanks between commas ignored; repeated parameters add up).
 * Undefined when absent or naming every actor, which is the whole sheet; anything unknown, or nothing at all, is a 400.
 */
export const actorFilter = (c: AppContext): ActorFilter | undefined => {
  const values = c.req.queries('actors')
  if (values === undefined) return undefined
  const ids = c.var.catalog.actorIds
  const names = values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter((v) => v !== '')
  if (names.length === 0 || !names.every((n) => ids.includes(n))) throw invalid(c, ids)
  const chosen = new Set<string>(names)
  const actors = ids.filter((id) => chosen.has(id))
  if (actors.length === ids.length) return undefined
  return { actors, query: `actors=${actors.join(',')}`, key: actors.join('.') }
}
