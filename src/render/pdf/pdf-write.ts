import { PDFContext, PDFHexString, PDFString, PDFWriter, type PDFRef } from './pdf-lib'
import { PDFBytesStream, PDFRawLiteral, literalString } from './pdf-raw'
import { num, type Anchor, type DrawnPage } from './draw'
import { embedFonts } from './pdf-fonts'
import { buildOutline } from './pdf-outline'

export interface DocumentSpec {
  pages: DrawnPage[]
  size: { width: number; height: number }
  anchors: Map<string, Anchor>
  outline: { title: string; level: number; anchor: string }[]
  meta: {
    title: string
    subject: string
    keywords: string
    author: string
    creator: string
    producer: string
    date: string
  }
  /** Deflate page content streams (native CompressionStream). */
  compress: boolean
}

const deflate = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** `2023-03-21` -> PDF date `D:20230321000000Z`: the document's dates come from the data, never the clock. */
const pdfDate = (iso: string) => `D:${(iso.replace(/-/g, '') + '00000101').slice(0, 8)}000000Z`

/**
 * Serialises drawn pages, fonts, links, outline and metadata into PDF bytes with pdf-lib's low-level API:
 * PDFContext numbers the objects and PDFWriter writes them with the xref table and trailer. The many
 * repetitive objects (fonts, pages, links) are PDF syntax strings, which is several times faster than
 * building pdf-lib dictionaries; metadata, catalog and outline are pdf-lib objects.
 */
export const writePdf = async (spec: DocumentSpec): Promise<Uint8Array> => {
  const context = PDFContext.create()
  const fonts = embedFonts(context)
  const pagesRef = context.nextRef()
  const pageRefs = spec.pages.map(() => context.nextRef())
  /** An explicit destination, `[page /XYZ 0 top 0]`, as PDF syntax. */
  const dest = (anchor: Anchor | undefined): string | undefined => {
    const page = anchor && pageRefs[anchor.page]
    return page && `[${page.toString()} /XYZ 0 ${Math.round(anchor.y + 6)} 0]`
  }
  const contents = spec.pages.map((p) => p.content)
  const streams = spec.compress ? await Promise.all(contents.map(deflate)) : contents

  spec.pages.forEach((page, i) => {
    const annots: PDFRef[] = []
    for (const { rect, link } of page.links) {
      // Link annotations are written as PDF syntax directly: there are hundreds per brief.
      const target =
        'dest' in link ? dest(spec.anchors.get(link.dest)) : `<< /S /URI /URI ${literalString(link.uri)} >>`
      if (!target) continue
      const key = 'dest' in link ? '/Dest' : '/A'
      annots.push(
        context.register(
          new PDFRawLiteral(
            `<< /Type /Annot /Subtype /Link /Rect [${rect.map(num).join(' ')}] /Border [0 0 0] ${key} ${target} >>`,
          ),
        ),
      )
    }
    const ref = pageRefs[i]
    if (!ref) return
    const contents = context.register(
      new PDFBytesStream(spec.compress ? '/Filter /FlateDecode' : '', streams[i] ?? new Uint8Array()),
    )
    const annotations = annots.length > 0 ? ` /Annots [${annots.map((a) => a.toString()).join(' ')}]` : ''
    context.assign(
      ref,
      new PDFRawLiteral(
        `<< /Type /Page /Parent ${pagesRef.toString()} /MediaBox [0 0 ${spec.size.width} ${spec.size.height}] ` +
          `/Resources << /Font ${fonts.toString()} >> /Contents ${contents.toString()}${annotations} >>`,
      ),
    )
  })
  context.assign(
    pagesRef,
    new PDFRawLiteral(
      `<< /Type /Pages /Kids [${pageRefs.map((r) => r.toString()).join(' ')}] /Count ${pageRefs.length} >>`,
    ),
  )

  const outline = buildOutline(
    context,
    spec.outline.flatMap((e) => {
      const d = dest(spec.anchors.get(e.anchor))
      return d ? [{ title: e.title, level: e.level, dest: new PDFRawLiteral(d) }] : []
    }),
  )
  const text = (s: string) => PDFHexString.fromText(s)
  const date = PDFString.of(pdfDate(spec.meta.date))
  context.trailerInfo.Info = context.register(
    context.obj({
      Title: text(spec.meta.title),
      Subject: text(spec.meta.subject),
      Keywords: text(spec.meta.keywords),
      Author: text(spec.meta.author),
      Creator: text(spec.meta.creator),
      Producer: text(spec.meta.producer),
      CreationDate: date,
      ModDate: date,
    }),
  )
  context.trailerInfo.Root = context.register(
    context.obj({
      Type: 'Catalog',
      Pages: pagesRef,
      Outlines: outline,
      PageMode: outline ? 'UseOutlines' : undefined,
      Lang: PDFString.of('en'),
      ViewerPreferences: { DisplayDocTitle: true },
    }),
  )
  return PDFWriter.forContext(context, Infinity).serializeToBuffer()
}
