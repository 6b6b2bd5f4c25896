// pdfmake (on pdfkit) with IBM Plex Sans put into its virtual file system, as its docs show for server-side
// use; the same blocks as a document definition: styles, a table, a footer. pdfmake does its own layout.
import pdfmake from 'pdfmake'
import { briefBlocks } from './content.mjs'
import { flowStyles } from './flow.mjs'

const files = { regular: 'IBMPlexSans-Regular.ttf', bold: 'IBMPlexSans-Bold.ttf' }
const rgbHex = (color) => `#${color.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`

const styles = Object.fromEntries(
  Object.entries(flowStyles).map(([name, s]) => [
    name,
    { fontSize: s.size, lineHeight: s.leading / s.size / 1.17, bold: s.face === 'bold', color: rgbHex(s.color) },
  ]),
)

const definition = (sheet, origin) => ({
  pageSize: 'A4',
  pageMargins: [56, 56, 56, 64],
  info: { title: sheet.title, subject: sheet.summary },
  defaultStyle: { font: 'Plex' },
  styles,
  footer: (page, pages) => ({ text: `${sheet.title} · Page ${page} of ${pages}`, style: 'small', margin: [56, 24, 56, 0] }),
  content: briefBlocks(sheet, origin).map((b) =>
    b.kind === 'table'
      ? {
          table: { headerRows: 1, widths: ['30%', '48%', '*'], body: [b.head.map((text) => ({ text, bold: true })), ...b.rows] },
          layout: 'lightHorizontalLines',
          fontSize: 9.5,
          margin: [0, 4, 0, 0],
        }
      : {
          text: b.runs.map((r) => ({ text: r.text, bold: r.bold })),
          style: b.kind,
          margin: [b.indent, flowStyles[b.kind].before, 0, 0],
          headlineLevel: flowStyles[b.kind].keepWithNext ? 1 : undefined,
        },
  ),
  // Keep headings with what follows, pdfmake's documented way.
  pageBreakBefore: (node, following) => node.headlineLevel === 1 && following.length === 0,
})

/** `ttf`: face -> bytes, written once into pdfmake's virtual file system. */
export const pdfmakePlex = async (ttf) => {
  for (const [face, file] of Object.entries(files)) pdfmake.virtualfs.writeFileSync(file, Buffer.from(ttf[face]))
  // pdfmake wants all four; the briefs use no italics.
  pdfmake.setFonts({ Plex: { normal: files.regular, bold: files.bold, italics: files.regular, bolditalics: files.bold } })
  // Nothing to fetch: the fonts are in the virtual file system (this also silences its warnings).
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(() => false)
  return {
    render: async (sheet, origin) => new Uint8Array(await pdfmake.createPdf(definition(sheet, origin)).getBuffer()),
    info: () => '',
  }
}
