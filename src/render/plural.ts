/** `1 statement`, `3 statements`: for the regular nouns the pages count. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
