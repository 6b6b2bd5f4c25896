// pdf-lib's low-level classes, imported from their own modules: the package root would also bundle its
// Standard-14 font metrics, PNG decoder and high-level API (~100 KiB gzip) that this renderer never uses.
export { default as PDFContext } from 'pdf-lib/es/core/PDFContext'
export { default as PDFWriter } from 'pdf-lib/es/core/writers/PDFWriter'
export { default as PDFObject } from 'pdf-lib/es/core/objects/PDFObject'
export { default as PDFName } from 'pdf-lib/es/core/objects/PDFName'
export { default as PDFString } from 'pdf-lib/es/core/objects/PDFString'
export { default as PDFHexString } from 'pdf-lib/es/core/objects/PDFHexString'
export { default as PDFStream } from 'pdf-lib/es/core/objects/PDFStream'
export type { default as PDFRef } from 'pdf-lib/es/core/objects/PDFRef'
export type { default as PDFDict } from 'pdf-lib/es/core/objects/PDFDict'
