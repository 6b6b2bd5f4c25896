import { PDFContext, PDFHexString, PDFRawStream, PDFString, PDFWriter, type PDFArray, type PDFRef } from './pdf-lib'
import type { Anchor, DrawnPage } from './draw'
import { embedFonts } from './pdf-fonts'
import { buildOutline } from './pdf-outline'

export interface DocumentSpec {
  pages: DrawnPage[]
  size: { width: number; height: number }
  anchors: Map<string, Anchor>
  outline: { title: string; level: number; anchor: string }[]
  meta: { title: string; subject: string; keywords: string; author: string; creator: string; producer: string; date: string }
  /** Deflate page content streams (native CompressionStream). */
  compress: boolean
}

const encoder = new TextEncoder()

const deflate = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** `2023-03-21` -> PDF date `D:20230321000000Z`: the document's dates come from the data, never the clock. */
const pdfDate = (iso: string) => `D:${(iso.replace(/-/g, '') + '00000101').slice(0, 8)}000000Z`

/** Serialises drawn pages, fonts, links, outline and metadata into PDF bytes with pdf-lib's low-level API. */
export const writePdf = async (spec: DocumentSpec): Promise<Uint8Array> => {
  const context = PDFContext.create()
  const fonts = embedFonts(context)
  const pagesRef = context.nextRef()
  const pageRefs = spec.pages.map(() => context.nextRef())
  const dest = (anchor: Anchor | undefined): PDFArray | undefined => {
    const page = anchor && pageRefs[anchor.page]
    return page && context.obj([page, 'XYZ', 0, Math.round(anchor.y + 6), 0])
  }
  const contents = spec.pages.map((p) => encoder.encode(p.content))
  const streams = spec.compress ? await Promise.all(contents.map(deflate)) : contents

  spec.pages.forEach((page, i) => {
    const annots: PDFRef[] = []
    for (const { rect, link } of page.links) {
      const target = 'dest' in link ? { Dest: dest(spec.anchors.get(link.dest)) } : { A: { S: 'URI', URI: PDFString.of(link.uri) } }
      if ('Dest' in target && !target.Dest) continue
      annots.push(context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect.map((n) => Math.round(n * 100) / 100), Border: [0, 0, 0], ...target })))
    }
    const stream = streams[i] ?? new Uint8Array()
    const ref = pageRefs[i]
    if (!ref) return
    context.assign(ref, context.obj({
      Type: 'Page',
      Parent: pagesRef,
      MediaBox: [0, 0, spec.size.width, spec.size.height],
      Resources: { Font: fonts },
      Contents: context.register(PDFRawStream.of(context.obj(spec.compress ? { Filter: 'FlateDecode' } : {}), stream)),
      Annots: annots.length > 0 ? annots : undefined,
    }))
  })
  context.assign(pagesRef, context.obj({ Type: 'Pages', Kids: pageRefs, Count: pageRefs.length }))

  const outline = buildOutline(
    context,
    spec.outline.flatMap((e) => {
      const d = dest(spec.anchors.get(e.anchor))
      return d ? [{ title: e.title, level: e.level, dest: d }] : []
    }),
  )
  const text = (s: string) => PDFHexString.fromText(s)
  const date = PDFString.of(pdfDate(spec.meta.date))
  context.trailerInfo.Info = context.register(context.obj({
    Title: text(spec.meta.title),
    Subject: text(spec.meta.subject),
    Keywords: text(spec.meta.keywords),
    Author: text(spec.meta.author),
    Creator: text(spec.meta.creator),
    Producer: text(spec.meta.producer),
    CreationDate: date,
    ModDate: date,
  }))
  context.trailerInfo.Root = context.register(context.obj({
    Type: 'Catalog',
    Pages: pagesRef,
    Outlines: outline,
    PageMode: outline ? 'UseOutlines' : undefined,
    Lang: PDFString.of('en'),
    ViewerPreferences: { DisplayDocTitle: true },
  }))
  return PDFWriter.forContext(context, Infinity).serializeToBuffer()
}
