import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { parseArticle, SeedMismatchError } from '../../src/corpus/parse-article'
import type { ParsedText } from '../../src/corpus/types'
import { articleSchema, speakersSchema, storySchema, type ArticleFile, type SpeakerFile, type StoryFile } from '../data/schema'
import { validateFile } from '../data/validate-file'
import { emptyRegister, loadRegister, type Register } from './register'

/** A story, a seed file or a data file the assistant cannot use; the message says what to do. */
export class CurateError extends Error {
  override name = 'CurateError'
}

/** Where one story's data and seeds live. */
export interface StoryPaths {
  id: string
  storyDir: string
  seedsDir: string
}

export const repoRoot = resolve(import.meta.dirname, '../..')

/** The story folder `<storiesDir>/<id>`, or an error listing the stories there. */
export const storyPaths = (id: string, storiesDir = join(repoRoot, 'stories'), seedsRoot = join(repoRoot, 'seeds')): StoryPaths => {
  const storyDir = join(storiesDir, id)
  if (!existsSync(join(storyDir, 'story.yaml'))) {
    const known = existsSync(storiesDir) ? readdirSync(storiesDir).filter((d) => statSync(join(storiesDir, d)).isDirectory()) : []
    throw new CurateError(`Unknown story "${id}": no ${join(storyDir, 'story.yaml')}. Stories: ${known.join(', ') || 'none'}.`)
  }
  return { id, storyDir, seedsDir: join(seedsRoot, id) }
}

const valid = <T>(checked: { value?: T; problems: { file: string; line: number; message: string }[] }): T => {
  if (checked.value !== undefined) return checked.value
  const p = checked.problems[0]
  throw new CurateError(p ? `${p.file}:${p.line}: ${p.message}` : 'unreadable data file')
}

export const readStory = (story: StoryPaths): StoryFile => valid(validateFile(join(story.storyDir, 'story.yaml'), storySchema))
export const readSpeakers = (story: StoryPaths): Record<string, SpeakerFile> =>
  valid(validateFile(join(story.storyDir, 'speakers.yaml'), speakersSchema))

/** An article's id from its id or one of its aliases (`ap` is now `examiner`). */
export const resolveArticleId = (story: StoryPaths, idOrAlias: string): string | undefined => {
  const { articles } = readStory(story)
  if (articles.includes(idOrAlias)) return idOrAlias
  return articles.find((id) => {
    const file = join(story.storyDir, 'articles', `${id}.yaml`)
    const aliases = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as { aliases?: string[] } | null)?.aliases ?? []) : []
    return aliases.includes(idOrAlias)
  })
}

/** A story article parsed exactly as check:data parses it: its seed, its confirmed furniture, its pinned ids. */
export const readStoryArticle = (story: StoryPaths, id: string): { meta: ArticleFile; parsed: ParsedText } => {
  const meta = valid(validateFile(join(story.storyDir, 'articles', `${id}.yaml`), articleSchema))
  const seed = join(story.seedsDir, meta.file)
  if (!existsSync(seed)) throw new CurateError(`No seed file ${seed} for article "${id}".`)
  try {
    return { meta, parsed: parseArticle(readFileSync(seed, 'utf8'), meta) }
  } catch (error) {
    if (error instanceof SeedMismatchError) throw new CurateError(error.message)
    throw error
  }
}

/** The story's register: its curated one if present, else one built from story.yaml and speakers.yaml. */
export const registerOf = (story: StoryPaths): Register => {
  const file = join(story.storyDir, 'register.yaml')
  if (existsSync(file)) return loadRegister(file)
  const { actors } = readStory(story)
  const speakers = readSpeakers(story)
  return {
    ...emptyRegister,
    actors: actors.map((a) => a.id),
    people: Object.values(speakers).map((s) => ({ name: s.name, actor: s.actor })),
    organisations: actors.map((a) => ({ pattern: [a.name, ...(a.inSentence ? [a.inSentence] : [])], actor: a.id })),
  }
}
