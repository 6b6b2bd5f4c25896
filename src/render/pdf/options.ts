import type { Provenance } from '../../factsheet/model'

/** The paper sizes a brief can be rendered on; the route lists them in its 400 message. */
export const paperSizes = ['a4', 'letter'] as const
export type Paper = (typeof paperSizes)[number]

/** What a PDF records about the data it was made from: in its footer, its metadata and its evidence file. */
export type PdfProvenance = Provenance

export interface PdfOptions {
  paper: Paper
  /** Scheme and host for absolute links, e.g. `https://example.com`. */
  origin: string
  /** The data's version and paragraphs (the catalog's `provenance`). */
  provenance: PdfProvenance
}

export interface PageSize {
  width: number
  height: number
}

/** Page sizes in points, portrait. */
export const pageSizes: Record<Paper, PageSize> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
}

/** The same paper turned sideways. */
export const landscape = (size: PageSize): PageSize => ({ width: size.height, height: size.width })
