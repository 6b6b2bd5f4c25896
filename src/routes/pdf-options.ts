import { ClientError } from '../http/errors'
import { paperSizes, type PdfOptions } from '../render/pdf'
import type { AppContext } from './env'

/** Reads `?paper=` (A4 by default); any other value is a 400 naming the allowed ones. */
export const pdfOptions = (c: AppContext): PdfOptions => {
  const raw = c.req.query('paper')
  const paper = raw === undefined ? 'a4' : raw.toLowerCase()
  if (!(paperSizes as readonly string[]).includes(paper))
    throw new ClientError(
      400,
      `The parameter "paper" must be one of: ${paperSizes.join(', ')}.`,
      paperSizes.map((p) => ({ label: `paper=${p}` })),
    )
  return { paper: paper as PdfOptions['paper'], origin: new URL(c.req.url).origin, provenance: c.var.catalog.provenance }
}
