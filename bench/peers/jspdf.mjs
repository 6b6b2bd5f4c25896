// jsPDF with its built-in Helvetica, laid out by bench/peers/flow.mjs with jsPDF's own metrics (getTextWidth).
import { jsPDF } from 'jspdf'
import { briefBlocks, sanitizeBlocks, winAnsiSanitizer } from './content.mjs'
import { a4, layoutFlow } from './flow.mjs'

const fontStyles = { regular: 'normal', bold: 'bold' }
const to255 = (color) => color.map((c) => Math.round(c * 255))

const jsPdfBackend = (doc) => {
  let pages = 0
  const font = (face, size) => {
    doc.setFont('helvetica', fontStyles[face])
    doc.setFontSize(size)
  }
  const text = (s, x, y, face, size, color) => {
    font(face, size)
    doc.setTextColor(...to255(color))
    doc.text(s, x, y)
  }
  return {
    measure: (s, face, size) => {
      font(face, size)
      return doc.getTextWidth(s)
    },
    addPage: () => {
      if (pages++ > 0) doc.addPage()
    },
    text,
    rule: (x1, x2, y) => {
      doc.setDrawColor(204, 204, 204)
      doc.setLineWidth(0.5)
      doc.line(x1, y, x2, y)
    },
    pageCount: () => pages,
    footer: (i, s, x, y, size, color) => {
      doc.setPage(i + 1)
      text(s, x, y, 'regular', size, color)
    },
  }
}

// jsPDF's standard fonts encode WinAnsi, the same set as pdf-lib's Helvetica (cp1252).
const winAnsi = new Set([
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i),
  ...[0x20ac, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x17d],
  ...[0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x17e, 0x178],
])

/** Every character outside WinAnsi becomes "?", as with any Standard-14 font. */
export const jsPdfHelvetica = async () => {
  const sanitizer = winAnsiSanitizer(winAnsi)
  let renders = 0
  return {
    render: async (sheet, origin) => {
      renders++
      const doc = new jsPDF({ unit: 'pt', format: 'a4' })
      doc.setProperties({ title: sheet.title, subject: sheet.summary })
      layoutFlow(sanitizeBlocks(briefBlocks(sheet, origin), sanitizer.sanitize), sheet.title, jsPdfBackend(doc))
      return new Uint8Array(doc.output('arraybuffer'))
    },
    info: () => `${(sanitizer.replaced() / Math.max(1, renders)).toFixed(0)} characters per brief replaced by "?" (outside WinAnsi)`,
  }
}
