import { PDFContext, PDFHexString, PDFString, type PDFRef } from './pdf-lib'
import { PDFBytesStream, PDFRawLiteral, literalString } from './pdf-raw'
import { textString } from './pdf-text'
import { num } from './content-writer'
import type { Anchor, DrawnPage } from './draw'
import { deflate } from './deflate'
import type { Attachment } from './evidence'
import { embedFonts } from './pdf-fonts'
import { buildOutline } from './pdf-outline'
import { serializeCompact } from './pdf-serialize'
import { annotKey, writeStructTree } from './pdf-struct'
import type { StructTree } from './struct-tree'
import { xmpPacket, type XmpFields } from './xmp'

export interface DocumentSpec {
  pages: DrawnPage[]
  /** The structure tree the pages' marked content and link annotations belong to. */
  tree: StructTree
  size: { width: number; height: number }
  anchors: Map<string, Anchor>
  outline: { title: string; level: number; anchor: string }[]
  /** The Info dictionary and the XMP packet state the same fields, as PDF/UA expects them to agree. */
  meta: XmpFields & {
    /** Content hash of the data: written as the custom key /DataVersion and appended to Keywords. */
    dataVersion: string
  }
  /** Embedded as the document's associated file (/AF, /AFRelationship /Data) and listed under /EmbeddedFiles. */
  attachment?: Attachment
  /** Deflate page content streams and the attachment. */
  compress: boolean
}

/** A PDF name for a MIME type: `application/json` -> `/application#2Fjson`. */
const mimeName = (type: string) =>
  `/${type.replace(/[^A-Za-z0-9.+-]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)}`

/**
 * Writes an embedded file and its file specification; returns the file spec's reference. Its only date is the
 * document's, so the bytes stay deterministic.
 */
const embedFile = (context: PDFContext, file: Attachment, date: string, compress: boolean): PDFRef => {
  const stream = context.register(
    new PDFBytesStream(
      `/Type /EmbeddedFile /Subtype ${mimeName(file.mimeType)}${compress ? ' /Filter /FlateDecode' : ''} ` +
        `/Params << /Size ${file.bytes.length} /ModDate (${date}) >>`,
      compress ? deflate(file.bytes) : file.bytes,
    ),
  )
  // /UF is the Unicode form of the file name: kept UTF-16, not PDFDocEncoding.
  const name = PDFHexString.fromText(file.name).toString()
  return context.register(
    new PDFRawLiteral(
      `<< /Type /Filespec /F ${literalString(file.name)} /UF ${name} /EF << /F ${stream.toString()} /UF ${stream.toString()} >> ` +
        `/Desc ${textString(file.description)} /AFRelationship /Data >>`,
    ),
  )
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
  const contents = spec.pages.map((p) => p.content)
  const fonts = embedFonts(context, spec.pages)
  const pagesRef = context.nextRef()
  const pageRefs = spec.pages.map(() => context.nextRef())
  /**
   * An explicit destination, `[page /XYZ 0 top 0]`, as PDF syntax. A name with no anchor is a composing bug: the
   * text is drawn and tagged as a link, so leaving the annotation out would print a link that goes nowhere.
   */
  const dest = (name: string): string => {
    const anchor = spec.anchors.get(name)
    const page = anchor && pageRefs[anchor.page]
    if (!anchor || !page) throw new Error(`PDF link to "${name}", which no block of this document defines`)
    return `[${page.toString()} /XYZ 0 ${Math.round(anchor.y + 6)} 0]`
  }
  const streams = spec.compress ? contents.map((c) => deflate(c)) : contents
  const annotRefs: (PDFRef | undefined)[] = []

  spec.pages.forEach((page, i) => {
    const annots: PDFRef[] = []
    for (const { rect, link, text, annot } of page.links) {
      // Link annotations are written as PDF syntax directly: there are hundreds per brief.
      const target = 'dest' in link ? dest(link.dest) : `<< /S /URI /URI ${literalString(link.uri)} >>`
      const key = 'dest' in link ? '/Dest' : '/A'
      // PDF/UA asks every link for a description (/Contents): its text, or for an area link its address.
      const description = text ? textString(text) : 'uri' in link ? literalString(link.uri) : '()'
      const ref = context.register(
        new PDFRawLiteral(
          `<< /Type /Annot /Subtype /Link /Rect [${rect.map(num).join(' ')}] /Border [0 0 0] ${key} ${target} ` +
            `/Contents ${description} /StructParent ${annotKey(spec.pages.length, annot)} >>`,
        ),
      )
      annots.push(ref)
      annotRefs[annot] = ref
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
          `/Resources << /Font ${fonts.toString()} >> /Contents ${contents.toString()}${annotations} ` +
          `/StructParents ${i} /Tabs /S >>`,
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
    spec.outline.map((e) => ({ title: e.title, level: e.level, dest: new PDFRawLiteral(dest(e.anchor)) })),
  )
  const text = (s: string) => new PDFRawLiteral(textString(s))
  const date = PDFString.of(pdfDate(spec.meta.date))
  const keywords = `${spec.meta.keywords}, data version ${spec.meta.dataVersion}`
  const file = spec.attachment && {
    name: literalString(spec.attachment.name),
    ref: embedFile(context, spec.attachment, pdfDate(spec.meta.date), spec.compress).toString(),
  }
  context.trailerInfo.Info = context.register(
    context.obj({
      Title: text(spec.meta.title),
      Subject: text(spec.meta.subject),
      Keywords: text(keywords),
      DataVersion: PDFString.of(spec.meta.dataVersion),
      Author: text(spec.meta.author),
      Creator: text(spec.meta.creator),
      Producer: text(spec.meta.producer),
      CreationDate: date,
      ModDate: date,
    }),
  )
  const metadata = context.register(
    new PDFBytesStream('/Type /Metadata /Subtype /XML', xmpPacket({ ...spec.meta, keywords })),
  )
  const structTreeRoot = writeStructTree(context, spec.tree, pageRefs, annotRefs)
  context.trailerInfo.Root = context.register(
    context.obj({
      Type: 'Catalog',
      Pages: pagesRef,
      Metadata: metadata,
      MarkInfo: { Marked: true },
      StructTreeRoot: structTreeRoot,
      Outlines: outline,
      PageMode: outline ? 'UseOutlines' : undefined,
      Lang: PDFString.of('en'),
      ViewerPreferences: { DisplayDocTitle: true },
      Names: file ? new PDFRawLiteral(`<< /EmbeddedFiles << /Names [${file.name} ${file.ref}] >> >>`) : undefined,
      AF: file ? new PDFRawLiteral(`[${file.ref}]`) : undefined,
    }),
  )
  return serializeCompact(context)
}
