import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readYaml, type Path, type Problem } from './yaml-file'

// `npm run curate` leaves placeholders for the curator ("TO WRITE: …", "TO CONFIRM …") and, on an article it adds,
// a `review` field to confirm and delete. A story compiles with them, so a review session can go on accepting
// statements; check:data refuses to build until none is left, so no placeholder reaches a running Worker.

const placeholder = /^(TO WRITE|TO CONFIRM)\b/

const placeholders = (value: unknown, path: Path, found: (path: Path, text: string) => void): void => {
  if (typeof value === 'string') {
    if (placeholder.test(value)) found(path, value)
  } else if (Array.isArray(value)) value.forEach((v, i) => placeholders(v, [...path, i], found))
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) placeholders(v, [...path, k], found)
}

const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text)

/** Every placeholder and pending review in a story's files, each with its file, line and field. */
export const unfinishedIn = (storyDir: string, articles: string[], topics: string[]): Problem[] => {
  const articleFiles = articles.map((id) => join(storyDir, 'articles', `${id}.yaml`))
  const otherFiles = ['story.yaml', 'speakers.yaml', ...topics.map((slug) => join('topics', `${slug}.yaml`)), 'timeline.yaml'].map((f) => join(storyDir, f))
  const check = (file: string, article: boolean): Problem[] => {
    if (!existsSync(file)) return []
    const { yaml } = readYaml(file)
    const found: Problem[] = []
    placeholders(yaml.data, [], (path, text) => found.push(yaml.problem(path, `still a placeholder, "${shown(text)}": write it before this story can be built`)))
    if (article && typeof yaml.data === 'object' && yaml.data !== null && 'review' in yaml.data)
      found.push(yaml.problem(['review'], 'not yet reviewed: confirm each point listed here and correct the fields, then delete review'))
    return found
  }
  return [...articleFiles.map((f) => check(f, true)), ...otherFiles.map((f) => check(f, false))].flat()
}
