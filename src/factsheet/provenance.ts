import type { Corpus } from '../corpus/corpus'
import type { Provenance } from './model'

/** The provenance outputs record: the data version, and the full text of any paragraph they cite. */
export const provenanceOf = (corpus: Corpus, dataVersion: string, corpusName: string): Provenance => ({
  dataVersion,
  corpusName,
  paragraphText: (article, paragraph) => corpus.paragraph(article, paragraph)?.text,
})
