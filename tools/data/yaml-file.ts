import { readFileSync } from 'node:fs'
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml'

/** Where in a data file a problem is, in the terms a curator's editor shows. */
export interface Problem {
  file: string
  line: number
  column: number
  /** The field's path, e.g. `positions.us.statements[1].reports[0].text`. */
  field: string
  message: string
}

export type Path = (string | number)[]

export const formatField = (path: Path): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '')

/** A parsed YAML file that can say on which line any of its fields stands. */
export interface YamlFile {
  file: string
  data: unknown
  /** A problem located at `path`, or at the nearest enclosing field that exists. */
  problem: (path: Path, message: string) => Problem
}

export const readYaml = (file: string, text = readFileSync(file, 'utf8')): { yaml: YamlFile; problems: Problem[] } => {
  const lineCounter = new LineCounter()
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })

  const locate = (path: Path): { line: number; col: number } => {
    for (let depth = path.length; depth >= 0; depth--) {
      const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1), true) : undefined
      const key = path[depth - 1]
      // For a map entry point at its key: that is the line a curator looks for.
      if (isMap(parent) && key !== undefined) {
        const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined
        if (range) return lineCounter.linePos(range[0])
      }
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined
      if (node?.range) return lineCounter.linePos(node.range[0])
    }
    return { line: 1, col: 1 }
  }

  const problem = (path: Path, message: string): Problem => {
    const { line, col } = locate(path)
    return { file, line, column: col, field: formatField(path), message }
  }

  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => {
    const { line, col } = e.linePos?.[0] ?? { line: 1, col: 1 }
    return { file, line, column: col, field: '', message: `YAML: ${e.message.split('\n')[0]}` }
  })
  return { yaml: { file, data: doc.toJS(), problem }, problems }
}
