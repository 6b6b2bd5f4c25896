import { normaliseForMatch } from '../curation/normalise'

/** One word of searchable text: a hyphenated compound is one word that also answers to its parts. */
export interface SearchWord {
  whole: string
  parts: string[]
}

/**
 * Folds text for search: quote marks and spacing as the validator folds them, then case and accents
 * (NFD, combining marks dropped). Apostrophes vanish, so "Xi’s" reads "xis" and "hasn't" "hasnt".
 */
export const foldForSearch = (text: string): string =>
  normaliseForMatch(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/'/g, '')

/** Splits folded text into words of letters and digits; "cease-fire" is one word, "ceasefire", with parts "cease" and "fire". */
export const searchWords = (text: string): SearchWord[] =>
  foldForSearch(text)
    .split(/[^\p{L}\p{N}\u002d\u2010\u2011]+/u)
    .map((chunk) => chunk.split(/[\u002d\u2010\u2011]+/).filter(Boolean))
    .filter((parts) => parts.length > 0)
    .map((parts) => ({ whole: parts.join(''), parts }))
