/** The longest query we search for, in characters (code points) after trimming. */
export const maxQueryLength = 200

export type SearchQuery = { kind: 'empty' } | { kind: 'too-long' } | { kind: 'ok'; text: string }

// Control characters and bidirectional overrides become spaces: they can only garble the echo of the query.
const invisible = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu

/** Reads the raw `q` parameter: cleaned of control characters, spacing collapsed, trimmed, bounded. */
export const readSearchQuery = (raw: string | undefined): SearchQuery => {
  const text = (raw ?? '').replace(invisible, ' ').replace(/\s+/g, ' ').trim()
  if (!text) return { kind: 'empty' }
  if ([...text].length > maxQueryLength) return { kind: 'too-long' }
  return { kind: 'ok', text }
}
