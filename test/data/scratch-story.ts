import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { compileStory } from '../../tools/data/compile-story'

/** The bundled story's folder and its seeds, as check:data reads them (paths relative to the repository). */
export const storyDir = 'stories/xi-putin-moscow-2023'
export const seedsDir = 'seeds'

const story = parse(readFileSync(join(storyDir, 'story.yaml'), 'utf8')) as { actors: { id: string }[]; articles: string[] }

/** The bundled story's actor ids, in its order. */
export const storyActors = story.actors.map((a) => a.id)

/** A topic in which every actor has stance none; `positions` replaces some of them. */
export const topicYaml = (positions: Record<string, unknown> = {}) =>
  stringify({
    title: 'A scratch topic',
    summary: 'Written by a test.',
    positions: Object.fromEntries(
      storyActors.map((id) => [id, positions[id] ?? { stance: 'none', summary: 'Nothing in the sources.', statements: [] }]),
    ),
  })

/**
 * A scratch copy of the bundled story under the OS temp dir: its story file, speakers and articles as they are, but one
 * topic (`scratch`) and a timeline of the test's own, so a test depends on the seeds and articles, not on the curation
 * of topics. The folder keeps the story's name, so compileStory finds its seeds in seeds/<story>/.
 */
export const scratchStory = (files: { topic?: string; timeline?: unknown[] } = {}) => {
  const root = mkdtempSync(join(tmpdir(), 'scratch-story-'))
  const dir = join(root, 'xi-putin-moscow-2023')
  cpSync(storyDir, dir, { recursive: true })
  rmSync(join(dir, 'topics'), { recursive: true })
  mkdirSync(join(dir, 'topics'))
  const storyFile = join(dir, 'story.yaml')
  writeFileSync(storyFile, stringify({ ...parse(readFileSync(storyFile, 'utf8')), topics: ['scratch'] }))
  writeFileSync(join(dir, 'topics', 'scratch.yaml'), files.topic ?? topicYaml())
  writeFileSync(join(dir, 'timeline.yaml'), stringify(files.timeline ?? []))
  return {
    dir,
    compile: () => compileStory(dir, seedsDir),
    /** Every problem as `file:line field: message`, file relative to the story folder. */
    problems: () => compileStory(dir, seedsDir).problems.map((p) => `${p.file.slice(dir.length + 1)}:${p.line} ${p.field}: ${p.message}`),
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}
