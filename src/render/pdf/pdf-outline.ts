import type { PDFContext, PDFObject, PDFRef } from './pdf-lib'
import { PDFRawLiteral } from './pdf-raw'
import { textString } from './pdf-text'

export interface OutlineEntry {
  title: string
  level: number
  /** Explicit destination: [page /XYZ left top zoom]. */
  dest: PDFObject
}

interface Node {
  entry: OutlineEntry
  ref: PDFRef
  children: Node[]
}

const countAll = (nodes: Node[]): number => nodes.reduce((n, node) => n + 1 + countAll(node.children), 0)

/**
 * Builds the document outline (bookmarks): pdf-lib has no API for it, so this writes the
 * /Outlines tree of /First /Last /Next /Prev /Parent /Count /Dest dictionaries directly. All items open.
 */
export const buildOutline = (context: PDFContext, entries: OutlineEntry[]): PDFRef | undefined => {
  if (entries.length === 0) return undefined
  const root: Node[] = []
  const stack: Node[] = []
  for (const entry of entries) {
    const node: Node = { entry, ref: context.nextRef(), children: [] }
    while (stack.length > 0 && (stack[stack.length - 1]?.entry.level ?? 0) >= entry.level) stack.pop()
    const parent = stack[stack.length - 1]
    ;(parent ? parent.children : root).push(node)
    stack.push(node)
  }
  const outlinesRef = context.nextRef()
  const assign = (nodes: Node[], parent: PDFRef) =>
    nodes.forEach((node, i) => {
      const first = node.children[0]
      const last = node.children[node.children.length - 1]
      context.assign(
        node.ref,
        context.obj({
          Title: new PDFRawLiteral(textString(node.entry.title)),
          Parent: parent,
          Prev: nodes[i - 1]?.ref,
          Next: nodes[i + 1]?.ref,
          First: first?.ref,
          Last: last?.ref,
          Count: node.children.length > 0 ? countAll(node.children) : undefined,
          Dest: node.entry.dest,
        }),
      )
      assign(node.children, node.ref)
    })
  assign(root, outlinesRef)
  context.assign(
    outlinesRef,
    context.obj({ Type: 'Outlines', First: root[0]?.ref, Last: root[root.length - 1]?.ref, Count: countAll(root) }),
  )
  return outlinesRef
}
