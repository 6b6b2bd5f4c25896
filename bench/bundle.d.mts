// Types for bench/bundle.mjs, which vitest.config.ts imports for wrangler.toml's [alias] table.
import type { BuildOptions } from 'esbuild'

export declare const projectRoot: string
export declare const pdfEntry: string
export declare const esbuildOptions: BuildOptions
/** wrangler.toml's [alias] table ("module" = "./path"), with paths made absolute; `root`: another checkout's. */
export declare const workerAliases: (root?: string) => Record<string, string>
export declare const bundleEntry: (
  entry: string,
  options?: { alias?: Record<string, string> },
) => Promise<{ file: string; url: string; bytes: Buffer; remove: () => void }>
