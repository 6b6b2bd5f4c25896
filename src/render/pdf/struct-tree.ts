import { tag, type Tag } from './tags'

/** A marked-content sequence on a page, an annotation (index into StructTree.annots), or a child element. */
export type Kid = StructNode | { page: number; mcid: number } | { annot: number }

/** A structure element as drawn: its tag and its content in drawing order. */
export interface StructNode {
  tag: Tag
  kids: Kid[]
  /** The page of its first marked content, or -1. */
  page: number
}

/**
 * The document's structure tree, grown while drawing: an element joins its parent when its first content is drawn,
 * so elements appear in reading (drawing) order and elements with no content never appear.
 */
export class StructTree {
  readonly root: StructNode = { tag: tag('Document'), kids: [], page: -1 }
  /** Per page, the element owning each MCID, in MCID order: the ParentTree. */
  readonly pages: StructNode[][] = []
  /** Every link annotation in order, with the Link element that owns it. */
  readonly annots: { page: number; node: StructNode }[] = []
  private readonly nodes = new Map<Tag, StructNode>()
  private readonly defaults = new Map<object, Tag>()

  private node(t: Tag): StructNode {
    let n = this.nodes.get(t)
    if (n === undefined) {
      n = { tag: t, kids: [], page: -1 }
      ;(t.parent ? this.node(t.parent) : this.root).kids.push(n)
      this.nodes.set(t, n)
    }
    return n
  }

  /** Allocates the next MCID on a page for content of `t`. */
  mcid(t: Tag, page: number): number {
    const n = this.node(t)
    const owners = (this.pages[page] ??= [])
    const mcid = owners.length
    owners.push(n)
    n.kids.push({ page, mcid })
    if (n.page < 0) n.page = page
    return mcid
  }

  /** Records a link annotation on a page as content of the Link element `t`; returns its index. */
  annot(t: Tag, page: number): number {
    const n = this.node(t)
    const index = this.annots.length
    this.annots.push({ page, node: n })
    n.kids.push({ annot: index })
    if (n.page < 0) n.page = page
    return index
  }

  /** A paragraph for untagged content of `owner` (a block), the same one on every page the block spans. */
  fallback(owner: object): Tag {
    let t = this.defaults.get(owner)
    if (t === undefined) this.defaults.set(owner, (t = tag('P')))
    return t
  }
}
