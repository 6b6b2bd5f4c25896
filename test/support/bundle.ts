import { build } from 'esbuild'

/**
 * Bundles project TypeScript as wrangler does (ESM for a browser-like runtime) into `outfile` and imports it, so Node
 * tests exercise the code the Worker ships: either an entry file, or a module made of the given export lines.
 */
export const bundleAndImport = async <T>(outfile: string, source: { entry: string } | { exports: string[] }): Promise<T> => {
  await build({
    ...('entry' in source
      ? { entryPoints: [source.entry] }
      : { stdin: { contents: source.exports.join('\n'), resolveDir: process.cwd(), loader: 'ts' as const } }),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // node:zlib is the runtime's (workerd's under nodejs_compat, Node's here), never bundled.
    external: ['node:*'],
    outfile,
    logLevel: 'warning',
  })
  return (await import(outfile)) as T
}
