// pdf-lib the way its README shows: a Standard-14 Helvetica document, or IBM Plex Sans embedded with
// @pdf-lib/fontkit and `subset: true`; the text laid out by bench/peers/flow.mjs with pdf-lib's own metrics.
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import { briefBlocks, sanitizeBlocks, winAnsiSanitizer } from './content.mjs'
import { a4, layoutFlow } from './flow.mjs'

const pdfLibBackend = (doc, fonts) => {
  const pages = []
  let page
  const draw = (target, text, x, y, face, size, color) => target.drawText(text, { x, y: a4.height - y, size, font: fonts[face], color: rgb(...color) })
  return {
    measure: (text, face, size) => fonts[face].widthOfTextAtSize(text, size),
    addPage: () => {
      page = doc.addPage([a4.width, a4.height])
      pages.push(page)
    },
    text: (...args) => draw(page, ...args),
    rule: (x1, x2, y) => page.drawLine({ start: { x: x1, y: a4.height - y }, end: { x: x2, y: a4.height - y }, thickness: 0.5, color: rgb(0.8, 0.8, 0.8) }),
    pageCount: () => pages.length,
    footer: (i, text, x, y, size, color) => draw(pages[i], text, x, y, 'regular', size, color),
  }
}

const finish = async (doc, sheet, blocks, fonts) => {
  doc.setTitle(sheet.title)
  doc.setSubject(sheet.summary)
  layoutFlow(blocks, sheet.title, pdfLibBackend(doc, fonts))
  return doc.save()
}

/** Helvetica (WinAnsi): every character outside WinAnsi becomes "?", as it must or pdf-lib throws. */
export const pdfLibHelvetica = async () => {
  const probe = await PDFDocument.create()
  const supported = new Set((await probe.embedFont(StandardFonts.Helvetica)).getCharacterSet())
  const sanitizer = winAnsiSanitizer(supported)
  let renders = 0
  return {
    render: async (sheet, origin) => {
      renders++
      const doc = await PDFDocument.create()
      const fonts = {
        regular: await doc.embedFont(StandardFonts.Helvetica),
        bold: await doc.embedFont(StandardFonts.HelveticaBold),
      }
      return finish(doc, sheet, sanitizeBlocks(briefBlocks(sheet, origin), sanitizer.sanitize), fonts)
    },
    info: () => `${(sanitizer.replaced() / Math.max(1, renders)).toFixed(0)} characters per brief replaced by "?" (outside WinAnsi)`,
  }
}

/** IBM Plex Sans Regular and Bold (`ttf`: face -> bytes) embedded per document with subset: true. */
export const pdfLibFontkit = async (ttf) => ({
  render: async (sheet, origin) => {
    const doc = await PDFDocument.create()
    doc.registerFontkit(fontkit)
    const fonts = {
      regular: await doc.embedFont(ttf.regular, { subset: true }),
      bold: await doc.embedFont(ttf.bold, { subset: true }),
    }
    return finish(doc, sheet, briefBlocks(sheet, origin), fonts)
  },
  info: () => '',
})
