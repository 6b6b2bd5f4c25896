import { tag, type Tag } from './tags'

/**
 * A child of a structure element, in one shape so the writer's loop stays monomorphic: another element (`node`),
 * a marked-content sequence (`page`, `mcid`), or a link annotation (`annot`, an index into StructTree.annots).
 */
export interface Kid {
  node: StructNode | undefined
  page: number
  mcid: number
  annot: number
}

/** A structure element as drawn: its tag, its parent and its content in drawing order. */
export interface StructNode {
  tag: Tag
  /** Position in StructTree.nodes (creation order). */
  index: number
  parent: StructNode | undefined
  kids: Kid[]
  /** The page of its first content, or -1. */
  page: number
}

/**
 * The document's structure tree, grown while drawing: an element joins its parent when its first content is drawn,
 * so elements appear in reading (drawing) order and elements with no content never appear.
 */
export class StructTree {
  readonly root: StructNode = { tag: tag('Document'), index: 0, parent: undefined, kids: [], page: -1 }
  /** Every element, the root first, in the order they were created. */
  readonly nodes: StructNode[] = [this.root]
  /** Per page, the element owning each MCID, in MCID order: the ParentTree. */
  readonly pages: StructNode[][] = []
  /** Every link annotation in order, with the Link element that owns it. */
  readonly annots: { page: number; node: StructNode }[] = []
  private readonly byTag = new Map<Tag, StructNode>()
  private readonly defaults = new Map<object, Tag>()

  private node(t: Tag): StructNode {
    let n = this.byTag.get(t)
    if (n === undefined) {
      const parent = t.parent ? this.node(t.parent) : this.root
      n = { tag: t, index: this.nodes.length, parent, kids: [], page: -1 }
      parent.kids.push({ node: n, page: -1, mcid: -1, annot: -1 })
      this.nodes.push(n)
      this.byTag.set(t, n)
    }
    return n
  }

  /** Allocates the next MCID on a page for content of `t`. */
  mcid(t: Tag, page: number): number {
    const n = this.node(t)
    const owners = (this.pages[page] ??= [])
    const mcid = owners.length
    owners.push(n)
    n.kids.push({ node: undefined, page, mcid, annot: -1 })
    if (n.page < 0) n.page = page
    return mcid
  }

  /** Records a link annotation on a page as content of the Link element `t`; returns its index. */
  annot(t: Tag, page: number): number {
    const n = this.node(t)
    const annot = this.annots.length
    this.annots.push({ page, node: n })
    n.kids.push({ node: undefined, page, mcid: -1, annot })
    if (n.page < 0) n.page = page
    return annot
  }

  /** A paragraph for untagged content of `owner` (a block), the same one on every page the block spans. */
  fallback(owner: object): Tag {
    let t = this.defaults.get(owner)
    if (t === undefined) this.defaults.set(owner, (t = tag('P')))
    return t
  }
}
