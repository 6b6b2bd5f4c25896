import { mkdirSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { fileSchemas } from './data/schema'

// Editors with the YAML language server read these (each data file names its schema on its first line).
const out = process.argv[2] ?? 'schema'
mkdirSync(out, { recursive: true })
for (const [name, schema] of Object.entries(fileSchemas)) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  writeFileSync(`${out}/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`)
  console.log(`${out}/${name}.schema.json`)
}
