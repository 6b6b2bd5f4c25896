/** Folds quote-mark style and whitespace so a quote can be matched against its paragraph. */
export const normaliseForMatch = (text: string): string =>
  text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
