import { readFileSync, writeFileSync } from 'node:fs'
import { isMap, parseDocument } from 'yaml'

/** Adds pins for paragraphs that have none, keeping the file's comments and layout; never changes a pin. */
export const writePins = (file: string, pins: Record<string, string>): void => {
  const doc = parseDocument(readFileSync(file, 'utf8'))
  if (!isMap(doc.get('paragraphs'))) doc.set('paragraphs', doc.createNode({}))
  for (const [id, pin] of Object.entries(pins)) doc.setIn(['paragraphs', id], pin)
  writeFileSync(file, doc.toString({ lineWidth: 0 }))
}
