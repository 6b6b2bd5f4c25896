/** `1 statement`, `3 statements`: for the regular nouns the pages count. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** `five`, but `12`: small counts read as words inside a sentence. */
export const numberWord = (n: number): string => words[n] ?? String(n)
