import type { PDFContext, PDFRef } from './pdf-lib'
import { PDFRawLiteral } from './pdf-raw'
import type { StructTree } from './struct-tree'

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
  const refs = tree.nodes.map(() => context.nextRef())
  const names = refs.map((r) => r.toString())
  const pages = pageRefs.map((r) => r.toString())
  const rootRef = context.nextRef()
  const root = rootRef.toString()

  tree.nodes.forEach((n, i) => {
    let kids = ''
    for (const k of n.kids) {
      if (k.node) kids += ` ${names[k.node.index]}`
      else if (k.annot < 0)
        kids += k.page === n.page ? ` ${k.mcid}` : ` << /Type /MCR /Pg ${pages[k.page]} /MCID ${k.mcid} >>`
      else {
        const annot = annotRefs[k.annot]
        if (annot) kids += ` << /Type /OBJR /Obj ${annot.toString()} /Pg ${pages[k.page]} >>`
      }
    }
    const parent = n.parent ? names[n.parent.index] : root
    const pg = n.page >= 0 ? `/Pg ${pages[n.page]}` : ''
    const attributes = n.tag.scope ? `/A<</O/Table/Scope/${n.tag.scope}>>` : ''
    const ref = refs[i]
    // Without the optional /Type /StructElem, and no space PDF syntax can do without: there are hundreds.
    if (ref) context.assign(ref, new PDFRawLiteral(`<</S/${n.tag.role}/P ${parent}${pg}${attributes}/K[${kids}]>>`))
  })

  let nums = ''
  for (let i = 0; i < pages.length; i++) {
    nums += ` ${i} [`
    for (const n of tree.pages[i] ?? []) nums += ` ${names[n.index]}`
    nums += ' ]'
  }
  tree.annots.forEach((a, i) => {
    if (annotRefs[i]) nums += ` ${annotKey(pages.length, i)} ${names[a.node.index]}`
  })
  const parentTree = context.register(new PDFRawLiteral(`<< /Nums [${nums} ] >>`))
  context.assign(
    rootRef,
    new PDFRawLiteral(
      `<< /Type /StructTreeRoot /K ${names[0]} /ParentTree ${parentTree.toString()} ` +
        `/ParentTreeNextKey ${annotKey(pages.length, tree.annots.length)} >>`,
    ),
  )
  return rootRef
}
