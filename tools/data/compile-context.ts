import type { Corpus } from '../../src/corpus/corpus'
import type { SpeakerFile, StoryFile } from './schema'
import type { Path, Problem, YamlFile } from './yaml-file'

/** Where a compilation's problems collect, in the order they are found. */
export interface Reporter {
  problems: Problem[]
  /** Adds a problem located at `path` in `yaml`. */
  at: (yaml: YamlFile, path: Path, message: string) => void
}

export const newReporter = (): Reporter => {
  const problems: Problem[] = []
  const at = (yaml: YamlFile, path: Path, message: string) => {
    problems.push(yaml.problem(path, message))
  }
  return { problems, at }
}

/** What statements, topics and the timeline are checked against once the articles are compiled. */
export interface StoryContext extends Reporter {
  story: StoryFile
  speakers: Record<string, SpeakerFile>
  corpus: Corpus
}
