// Bundles a TypeScript entry of this project the way wrangler builds the Worker (esbuild, ESM, minified, seeds as
// text modules, wrangler.toml's [alias] table), so Node can import the renderers. Used by npm run bench.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

export const projectRoot = fileURLToPath(new URL('../', import.meta.url))

/** The PDF renderer with the bundled story's compiled data: what render-sample.sh bundles. */
export const pdfEntry = join(projectRoot, 'scripts/pdf-entry.ts')

/** esbuild options every bundle of ours shares; add entryPoints (or stdin), outfile and alias. */
export const esbuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  // node:zlib is the runtime's (workerd's under nodejs_compat, Node's here), never bundled.
  external: ['node:*'],
  loader: { '.txt': 'text' },
  logLevel: 'warning',
}

/** wrangler.toml's [alias] table ("module" = "./path"), with paths made absolute; `root`: another checkout's. */
export const workerAliases = (root = projectRoot) => {
  const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8')
  const table = /^\[alias\]\s*\n([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml)?.[1] ?? ''
  return Object.fromEntries(
    [...table.matchAll(/^\s*"([^"]+)"\s*=\s*"([^"]+)"/gm)].map(([, name, path]) => [name, path.startsWith('.') ? resolve(root, path) : path]),
  )
}

/**
 * Bundles `entry` (relative to the project root, or absolute) into a fresh temporary directory.
 * Returns the file, its URL for import(), its bytes, and `remove()` to delete the directory.
 */
export const bundleEntry = async (entry, { alias = workerAliases() } = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'factsheets-bundle-'))
  const file = join(dir, `${basename(entry).replace(/\.[cm]?[jt]sx?$/, '')}.mjs`)
  await build({ ...esbuildOptions, alias, entryPoints: [resolve(projectRoot, entry)], outfile: file })
  return { file, url: pathToFileURL(file).href, bytes: readFileSync(file), remove: () => rmSync(dir, { recursive: true, force: true }) }
}
