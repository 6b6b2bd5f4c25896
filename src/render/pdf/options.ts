/** The paper sizes a brief can be rendered on; the route lists them in its 400 message. */
export const paperSizes = ['a4', 'letter'] as const
export type Paper = (typeof paperSizes)[number]

export interface PdfOptions {
  paper: Paper
  /** Scheme and host for absolute links, e.g. `https://example.com`. */
  origin: string
}

/** Page sizes in points. */
export const pageSizes: Record<Paper, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
}
