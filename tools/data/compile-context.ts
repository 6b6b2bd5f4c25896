import type { Corpus } from '../../src/corpus/corpus'
import type { SpeakerFile, StoryFile } from './schema'
import type { CheckedFile } from './validate-file'
import type { Path, Problem, YamlFile } from './yaml-file'

/** Where a compilation's problems collect, in the order they are found. */
export interface Reporter {
  problems: Problem[]
  /** Placeholders and pending reviews: the story compiles, but check:data will not build it. */
  unfinished: Problem[]
  /** Adds a problem located at `path` in `yaml`. */
  at: (yaml: YamlFile, path: Path, message: string) => void
  /** Takes in what validating a file found; returns the file, for its value and YAML. */
  read: <T>(checked: CheckedFile<T>) => CheckedFile<T>
}

export const newReporter = (): Reporter => {
  const problems: Problem[] = []
  const unfinished: Problem[] = []
  const at = (yaml: YamlFile, path: Path, message: string) => {
    problems.push(yaml.problem(path, message))
  }
  const read = <T>(checked: CheckedFile<T>) => {
    problems.push(...checked.problems)
    unfinished.push(...checked.unfinished)
    return checked
  }
  return { problems, unfinished, at, read }
}

/** What statements, topics and the timeline are checked against once the articles are compiled. */
export interface StoryContext extends Reporter {
  story: StoryFile
  speakers: Record<string, SpeakerFile>
  corpus: Corpus
}
