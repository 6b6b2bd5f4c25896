import { catalog } from '../factsheet/catalog'
import type { FactSheet } from '../factsheet/model'
import { ClientError } from '../http/errors'

const topicSuggestions = () => catalog.sheets.map((s) => ({ label: s.title, href: `/topics/${s.slug}` }))

/** The fact sheet for a slug, or a 404 that lists the valid ones. */
export const findSheet = (slug: string): FactSheet => {
  const sheet = catalog.sheet(slug)
  if (!sheet) throw new ClientError(404, 'There is no topic with that name.', topicSuggestions())
  return sheet
}

/** A slug that differs from a real one only in letter case, so the route can redirect to the canonical URL. */
export const canonicalSlug = (slug: string): string | undefined => {
  const lower = slug.toLowerCase()
  return lower !== slug && catalog.sheet(lower) ? lower : undefined
}

export { topicSuggestions }
