// Bundles a TypeScript entry of this project the way the Worker is built (esbuild, ESM, seeds as text modules),
// so Node can import the renderers. Shared by scripts/time-pdf.mjs and npm run bench.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

export const projectRoot = fileURLToPath(new URL('../', import.meta.url))

/** The PDF renderer with the corpus and curated topics: what time-pdf.mjs and render-sample.sh bundle. */
export const pdfEntry = join(projectRoot, 'scripts/pdf-entry.ts')

/**
 * Bundles `entry` (relative to the project root, or absolute) into a fresh temporary directory;
 * `alias` is passed to esbuild (e.g. to try a stub for a module).
 * Returns the file, its URL for import(), its bytes, and `remove()` to delete the directory.
 */
export const bundleEntry = async (entry, { minify = true, alias = {} } = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'factsheets-bundle-'))
  const file = join(dir, `${basename(entry).replace(/\.[cm]?[jt]sx?$/, '')}.mjs`)
  await build({
    entryPoints: [resolve(projectRoot, entry)],
    bundle: true,
    minify,
    format: 'esm',
    platform: 'browser',
    loader: { '.txt': 'text' },
    outfile: file,
    logLevel: 'warning',
    alias,
  })
  return { file, url: pathToFileURL(file).href, bytes: readFileSync(file), remove: () => rmSync(dir, { recursive: true, force: true }) }
}
