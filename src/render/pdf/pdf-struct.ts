import type { PDFContext, PDFRef } from './pdf-lib'
import { PDFRawLiteral } from './pdf-raw'
import type { StructNode, StructTree } from './struct-tree'

/** The StructParent key of annotation `annot`: after the pages' keys, which are their indexes. */
export const annotKey = (pages: number, annot: number) => pages + annot

/**
 * Writes the structure tree: one StructElem per node (kids as MCIDs, MCRs for content on another page, OBJRs for
 * link annotations), the ParentTree (page index -> owner of each MCID; annotation key -> its Link element) and the
 * StructTreeRoot, whose reference it returns. `annotRefs[i]` is annotation i's object, if it was written.
 */
export const writeStructTree = (
  context: PDFContext,
  tree: StructTree,
  pageRefs: PDFRef[],
  annotRefs: (PDFRef | undefined)[],
): PDFRef => {
  const refs = new Map<StructNode, PDFRef>()
  const number = (n: StructNode) => {
    refs.set(n, context.nextRef())
    for (const k of n.kids) if ('tag' in k) number(k)
  }
  number(tree.root)
  const rootRef = context.nextRef()
  const pageRef = (i: number) => pageRefs[i]?.toString() ?? 'null'

  const refOf = (n: StructNode) => refs.get(n)?.toString() ?? 'null'
  const write = (n: StructNode, parent: string) => {
    const ref = refs.get(n)
    if (!ref) return
    const own = ref.toString()
    const kids: string[] = []
    for (const k of n.kids) {
      if ('tag' in k) {
        write(k, own)
        kids.push(refOf(k))
      } else if ('mcid' in k) {
        kids.push(k.page === n.page ? String(k.mcid) : `<< /Type /MCR /Pg ${pageRef(k.page)} /MCID ${k.mcid} >>`)
      } else {
        const annot = annotRefs[k.annot]
        const page = tree.annots[k.annot]?.page ?? 0
        if (annot) kids.push(`<< /Type /OBJR /Obj ${annot.toString()} /Pg ${pageRef(page)} >>`)
      }
    }
    const pg = n.page >= 0 ? ` /Pg ${pageRef(n.page)}` : ''
    const attributes = n.tag.scope ? ` /A << /O /Table /Scope /${n.tag.scope} >>` : ''
    context.assign(
      ref,
      new PDFRawLiteral(`<< /Type /StructElem /S /${n.tag.role} /P ${parent}${pg}${attributes} /K [${kids.join(' ')}] >>`),
    )
  }
  write(tree.root, rootRef.toString())

  const nums: string[] = []
  for (let i = 0; i < pageRefs.length; i++)
    nums.push(`${i} [${(tree.pages[i] ?? []).map(refOf).join(' ')}]`)
  tree.annots.forEach((a, i) => {
    if (annotRefs[i]) nums.push(`${annotKey(pageRefs.length, i)} ${refOf(a.node)}`)
  })
  const parentTree = context.register(new PDFRawLiteral(`<< /Nums [${nums.join(' ')}] >>`))
  context.assign(
    rootRef,
    new PDFRawLiteral(
      `<< /Type /StructTreeRoot /K ${refOf(tree.root)} /ParentTree ${parentTree.toString()} ` +
        `/ParentTreeNextKey ${annotKey(pageRefs.length, tree.annots.length)} >>`,
    ),
  )
  return rootRef
}
