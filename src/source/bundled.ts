import compiled from '../../generated/xi-putin-moscow-2023.json'
import type { StoryData } from '../curation/types'
import { storySource } from './story-source'

/** The story this Worker serves, compiled and checked by `npm run check:data` before any build. */
export const bundledSource = storySource(compiled as unknown as StoryData)
