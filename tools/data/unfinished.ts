import type { Path, Problem, YamlFile } from './yaml-file'

// `npm run curate` leaves placeholders for the curator ("TO WRITE: …", "TO CONFIRM …") and, on an article it adds,
// a `review` field to confirm and delete. A story compiles with them, so a review session can go on accepting
// statements; check:data refuses to build until none is left, so no placeholder reaches a running Worker.

const placeholder = /^(TO WRITE|TO CONFIRM)\b/

const walk = (value: unknown, path: Path, found: (path: Path, text: string) => void): void => {
  if (typeof value === 'string') {
    if (placeholder.test(value)) found(path, value)
  } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], found))
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], found)
}

const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text)

/** Every placeholder in a file, with its line and field. */
export const placeholdersIn = (yaml: YamlFile): Problem[] => {
  const found: Problem[] = []
  walk(yaml.data, [], (path, text) => found.push(yaml.problem(path, `still a placeholder, "${shown(text)}": write it before this story can be built`)))
  return found
}

/** An article's pending review, if `curate add`'s review field is still there. */
export const pendingReview = (yaml: YamlFile, review: string | undefined): Problem[] =>
  review === undefined ? [] : [yaml.problem(['review'], 'not yet reviewed: confirm each point listed here and correct the fields, then delete review')]
