import { peacePlan } from './topics/peace-plan'
import type { Topic } from './types'

/** Every curated topic, in the order the index lists them. */
export const topics: Topic[] = [peacePlan]
