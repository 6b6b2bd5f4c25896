import type { TestProject } from 'vitest/node'
import { startDevServer } from './dev-server.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `wrangler dev` serves the app for the browser project, e.g. `http://127.0.0.1:40123`. */
    baseUrl: string
  }
}

/** Serves the app with `wrangler dev` for the whole browser project, and stops it afterwards. */
export const setup = async (project: TestProject) => {
  const server = await startDevServer()
  project.provide('baseUrl', server.baseUrl)
  return async () => {
    await server.stop()
  }
}
