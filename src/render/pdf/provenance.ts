import type { PdfOptions, PdfProvenance } from './options'

let bundled: Promise<PdfProvenance> | undefined

/**
 * The provenance a render records: the caller's, or the bundled catalog's. The routes pass only paper and origin;
 * the catalog is imported on first use, so the renderer module stays free of data (in the Worker it is already built).
 */
export const provenanceOf = (options: PdfOptions): PdfProvenance | Promise<PdfProvenance> =>
  options.provenance ??
  (bundled ??= import('../../factsheet/catalog').then(({ catalog }) => ({
    dataVersion: catalog.dataVersion,
    paragraphText: (article: string, paragraph: string) => catalog.corpus.paragraph(article, paragraph)?.text,
  })))
