import { PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

// wrangler.toml [alias] replaces two of pdf-lib's dependencies in the Worker (and in these tests): pako, whose only
// use by pdf-lib is deflate, by the runtime's native zlib; the Standard-14 font metrics by a stub that refuses.
describe('pdf-lib with the Worker’s aliases', () => {
  it('deflates its own streams through the native zlib, in the format it reads back', async () => {
    const doc = await PDFDocument.create()
    const text = 'BT /F1 12 Tf 72 712 Td (Fictional test text, repeated. Fictional test text, repeated.) Tj ET'
    const stream = doc.context.flateStream(text)
    const ref = doc.context.register(stream)
    doc.addPage()
    const bytes = await doc.save()
    const again = await PDFDocument.load(bytes)
    const read = again.context.lookup(ref) as PDFRawStream
    expect(read.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'))
    expect(new TextDecoder().decode(decodePDFRawStream(read).decode())).toBe(text)
  })

  it('refuses a Standard-14 font instead of bundling its metrics', async () => {
    const doc = await PDFDocument.create()
    // The stub knows no font names, so pdf-lib rejects the name before it would load any metrics.
    await expect(doc.embedFont('Helvetica')).rejects.toThrow(/embedFont/)
  })
})
