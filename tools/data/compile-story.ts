import { existsSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { buildCorpus } from '../../src/corpus/corpus'
import type { StoryData } from '../../src/curation/types'
import { contentHash } from '../../src/factsheet/data-version'
import { compileArticles, type Unpinned } from './compile-articles'
import { newReporter, type Reporter, type StoryContext } from './compile-context'
import { compileStatements } from './compile-statements'
import { compileTimeline } from './compile-timeline'
import { compileTopics, readTopics } from './compile-topics'
import { speakersSchema, storySchema, type SpeakerFile, type StoryFile } from './schema'
import { validateFile } from './validate-file'
import type { Problem, YamlFile } from './yaml-file'

export interface CompileResult {
  data?: StoryData
  problems: Problem[]
  /** Paragraphs not yet pinned, per article file: what `--pin` writes. */
  unpinned: Unpinned[]
  /** Placeholders and pending reviews `npm run curate` left: the story compiles, but check:data will not build it. */
  unfinished: Problem[]
}

const checkSpeakerActors = (ctx: Reporter, yaml: YamlFile, speakers: Record<string, SpeakerFile>, story: StoryFile): void => {
  const actorIds = story.actors.map((a) => a.id)
  for (const [id, speaker] of Object.entries(speakers))
    if (speaker.actor !== 'other' && !actorIds.includes(speaker.actor))
      ctx.at(yaml, [id, 'actor'], `unknown actor "${speaker.actor}"; use one of: ${[...actorIds, 'other'].join(', ')}`)
}

/** Every file in articles/ or topics/ is listed under the story.yaml field of the same name. */
const checkListed = (ctx: Reporter, storyDir: string, yaml: YamlFile, folder: 'articles' | 'topics', ids: string[]): void => {
  const dir = join(storyDir, folder)
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)) : []
  for (const id of present)
    if (!ids.includes(id)) ctx.at(yaml, [folder], `${folder}/${id}.yaml is not listed under ${folder}; add "${id}" or delete the file`)
}

/** Compiles one story folder (story.yaml, speakers.yaml, articles/, topics/, timeline.yaml) and its seeds. */
export const compileStory = (storyDir: string, seedsDir: string): CompileResult => {
  const reporter = newReporter()
  const { problems, unfinished } = reporter
  const storyId = basename(storyDir)

  const storyFile = reporter.read(validateFile(join(storyDir, 'story.yaml'), storySchema))
  const speakersFile = reporter.read(validateFile(join(storyDir, 'speakers.yaml'), speakersSchema))
  const story = storyFile.value
  if (!story || !storyFile.yaml) return { problems, unpinned: [], unfinished }
  const speakers = speakersFile.value ?? {}
  if (speakersFile.yaml) checkSpeakerActors(reporter, speakersFile.yaml, speakers, story)
  checkListed(reporter, storyDir, storyFile.yaml, 'articles', story.articles)
  checkListed(reporter, storyDir, storyFile.yaml, 'topics', story.topics)

  const { articles, unpinned } = compileArticles(reporter, storyDir, join(seedsDir, storyId), story.articles)
  const ctx: StoryContext = { ...reporter, story, speakers, corpus: buildCorpus(articles) }
  const topicSources = readTopics(ctx, storyDir, story.topics)
  const compiled = compileStatements(ctx, topicSources)
  const topics = compileTopics(ctx, topicSources, compiled)
  const timeline = compileTimeline(ctx, storyDir)

  if (problems.length > 0) return { problems, unpinned, unfinished }
  const body = { story: { id: storyId, title: story.title, corpusName: story.corpusName, sourcesPhrase: story.sourcesPhrase, actors: story.actors }, articles, statements: compiled.statements, topics, timeline }
  return { data: { ...body, dataVersion: contentHash(JSON.stringify(body)) }, problems, unpinned, unfinished }
}
