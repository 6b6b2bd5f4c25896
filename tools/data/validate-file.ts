import { existsSync } from 'node:fs'
import type { z } from 'zod'
import { placeholdersIn } from './unfinished'
import { readYaml, type Path, type Problem, type YamlFile } from './yaml-file'

type Issue = z.core.$ZodIssue

/** A union's issues, narrowed to the branch the curator evidently meant: the one whose issues reach deepest. */
const flatten = (issues: readonly Issue[], base: Path = []): { path: Path; message: string }[] =>
  issues.flatMap((issue) => {
    const path = [...base, ...(issue.path as Path)]
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const depth = (branch: readonly Issue[]) => Math.max(...branch.map((i) => i.path.length))
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0]!
      if (depth(best) > 0) return flatten(best, path)
      return [{ path, message: 'expected an id (a name such as kirby-malarkey) or a full entry' }]
    }
    return [{ path, message: issue.message }]
  })

export interface CheckedFile<T> {
  yaml?: YamlFile
  value?: T
  problems: Problem[]
  /** Placeholders `npm run curate` left (see unfinished.ts): not problems, but check:data builds nothing with them. */
  unfinished: Problem[]
}

/** Reads a YAML file and checks it against its schema; problems carry file, line and field. */
export const validateFile = <S extends z.ZodType>(file: string, schema: S): CheckedFile<z.output<S>> => {
  if (!existsSync(file)) return { problems: [{ file, line: 1, column: 1, field: '', message: 'file is missing' }], unfinished: [] }
  const { yaml, problems } = readYaml(file)
  if (problems.length > 0) return { yaml, problems, unfinished: [] }
  const unfinished = placeholdersIn(yaml)
  const result = schema.safeParse(yaml.data)
  if (result.success) return { yaml, value: result.data, problems: [], unfinished }
  return { yaml, problems: flatten(result.error.issues).map(({ path, message }) => yaml.problem(path, message)), unfinished }
}
