// The semantic roles of laid-out text: plain data the draw step turns into a PDF structure tree. No pdf-lib here.

/** PDF 1.7 standard structure types the renderer uses (so no RoleMap is needed), plus Artifact for decoration. */
export type Role =
  | 'Document'
  | 'Sect'
  | 'Div'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'BlockQuote'
  | 'Quote'
  | 'Link'
  | 'Reference'
  | 'TOC'
  | 'TOCI'
  | 'Artifact'

/**
 * A structure element. Compose builds the tree bottom-up: a tag without a parent is adopted by the next `tagged`
 * around it, or by the document when drawn. The draw step adds the content (MCIDs, link annotations) in drawing order.
 */
export interface Tag {
  role: Role
  parent?: Tag
  /** For a TH: the cells it heads. */
  scope?: 'Row' | 'Column'
  /** For an Artifact: pagination artifacts (running header, footer) as PDF/UA asks for them. */
  pagination?: 'Header' | 'Footer'
}

export const tag = (role: Role, parent?: Tag): Tag => (parent ? { role, parent } : { role })

/** Decoration (rules, bands, bars, stance marks beside their label), and repeated table heads: no structure. */
export const artifact: Tag = { role: 'Artifact' }
export const headerArtifact: Tag = { role: 'Artifact', pagination: 'Header' }
export const footerArtifact: Tag = { role: 'Artifact', pagination: 'Footer' }

/** Makes `parent` the parent of `child`'s topmost unparented ancestor, unless that would be `parent` itself or loop. */
export const adopt = (child: Tag, parent: Tag): void => {
  let top = child
  while (top.parent) top = top.parent
  if (top === parent || top.role === 'Artifact') return
  for (let p: Tag | undefined = parent; p; p = p.parent) if (p === top) return
  top.parent = parent
}

/** Something that may carry a tag: a text item or a link area. */
interface Taggable {
  kind: string
  tag?: Tag
}

/**
 * Gives every item in the rows a tag: untagged text and links get `t`; tagged ones are placed under it.
 * Mutates the rows' items (fresh from textRows) and returns the rows.
 */
export const tagged = <R extends { items: Taggable[] }>(rows: R[], t: Tag | Role): R[] => {
  const parent = typeof t === 'string' ? tag(t) : t
  for (const row of rows)
    for (const item of row.items) {
      if (item.kind !== 'text' && item.kind !== 'link') continue
      if (item.tag) adopt(item.tag, parent)
      else item.tag = parent
    }
  return rows
}
