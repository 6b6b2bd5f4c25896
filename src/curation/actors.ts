import type { ActorId, StanceId } from './types'

export const actorNames: Record<ActorId, string> = {
  us: 'United States',
  ukraine: 'Ukraine',
  russia: 'Russia',
  china: 'China',
  nato: 'NATO',
}

export const stanceLabels: Record<StanceId, string> = {
  supports: 'Supports',
  opposes: 'Opposes',
  conditional: 'Conditional',
  ambiguous: 'Ambiguous',
  none: 'No stated position in these sources',
}
