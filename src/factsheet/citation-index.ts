import type { FactStatement, SourceRef } from './model'

export interface CitationIndex {
  /** Every paragraph cited so far, numbered from 1 in order of first citation. */
  references: SourceRef[]
  cite: (source: SourceRef) => SourceRef
  citeStatement: (statement: FactStatement) => FactStatement
}

/**
 * Numbers cited paragraphs afresh for a model derived from fact sheets (a filtered sheet, an actor's record),
 * whose old numbers would skip or, across topics, collide. Cite in reading order and the list reads [1], [2], ...
 */
export const citationIndex = (): CitationIndex => {
  const references: SourceRef[] = []
  const byKey = new Map<string, SourceRef>()
  const cite = (source: SourceRef): SourceRef => {
    const key = `${source.article}#${source.paragraph}`
    const known = byKey.get(key)
    if (known) return known
    const ref = { ...source, n: references.length + 1 }
    references.push(ref)
    byKey.set(key, ref)
    return ref
  }
  const citeStatement = (statement: FactStatement): FactStatement => ({
    ...statement,
    wordings: statement.wordings.map((w) => ({ ...w, source: cite(w.source) })),
  })
  return { references, cite, citeStatement }
}
