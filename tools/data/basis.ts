import type { Basis, StatementKind } from '../../src/curation/types'

// A stance's basis names the strongest evidence it cites. check:data holds every position to it, and
// `curate review` raises a position's basis as it accepts stronger evidence.

/** Weakest first. */
const strength: readonly Basis[] = ['outlet-reports', 'reported-speech', 'own-words']

/** What each basis needs, as check:data explains it. */
export const basisMeaning: Record<Basis, string> = {
  'own-words': 'a quote of one of its speakers',
  'reported-speech': 'its speakers paraphrased, never quoted',
  'outlet-reports': 'outlets’ characterisations only',
}

/** The basis one statement gives a stance of an actor: a quote by one of its speakers, a paraphrase of one, or neither. */
export const basisOfStatement = (kind: StatementKind, bySpeakerOfActor: boolean): Basis =>
  !bySpeakerOfActor || kind === 'characterisation' ? 'outlet-reports' : kind === 'quote' ? 'own-words' : 'reported-speech'

/** The stronger of two bases; an absent one is weaker than any. */
export const strongerBasis = (a: Basis | undefined, b: Basis): Basis => (a !== undefined && strength.indexOf(a) >= strength.indexOf(b) ? a : b)
