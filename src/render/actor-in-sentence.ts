import type { ActorId } from '../curation/types'

/** An actor's name as it reads inside a sentence: "the United States", but "Ukraine", "NATO". */
export const actorInSentence = (actor: ActorId, name: string): string => (actor === 'us' ? `the ${name}` : name)
