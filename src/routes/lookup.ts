import type { FactSheet } from '../factsheet/model'
import { ClientError } from '../http/errors'
import type { AppContext } from './env'

/** Every topic as a suggestion, for pages that say where to go instead. */
export const topicSuggestions = (c: AppContext) => c.var.catalog.sheets.map((s) => ({ label: s.title, href: `/topics/${s.slug}` }))

/** The fact sheet for a slug, or a 404 that lists the valid ones. */
export const findSheet = (c: AppContext, slug: string): FactSheet => {
  const sheet = c.var.catalog.sheet(slug)
  if (!sheet) throw new ClientError(404, 'There is no topic with that name.', topicSuggestions(c))
  return sheet
}

/** A slug that differs from a real one only in letter case, so the route can redirect to the canonical URL. */
export const canonicalSlug = (c: AppContext, slug: string): string | undefined => {
  const lower = slug.toLowerCase()
  return lower !== slug && c.var.catalog.sheet(lower) ? lower : undefined
}
