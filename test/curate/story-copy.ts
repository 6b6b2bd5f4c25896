import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { storyPaths, type StoryPaths } from '../../tools/curate/story'

export const root = resolve(import.meta.dirname, '../..')
export const fictionalArticles = join(root, 'test/fixtures/curate/articles')

/** A temporary copy of the fixture story and its seeds: tests write there, never to the committed fixtures. */
export const copyFixtureStory = (): StoryPaths & { dir: string } => {
  const dir = mkdtempSync(join(tmpdir(), 'curate-story-'))
  cpSync(join(root, 'test/fixtures/stories'), join(dir, 'stories'), { recursive: true })
  cpSync(join(root, 'test/fixtures/seeds'), join(dir, 'seeds'), { recursive: true })
  return { ...storyPaths('fictional-water-treaty', join(dir, 'stories'), join(dir, 'seeds')), dir }
}
