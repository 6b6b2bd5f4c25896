export interface DevServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  baseUrl: string
  /** Stops wrangler and its workerd (the whole process group). */
  stop: () => Promise<void>
  /** The last 20 kB of wrangler's stdout and stderr. */
  output: () => string
}

export interface DevServerOptions {
  /** Defaults to a free loopback port. */
  port?: number
  readyTimeoutMs?: number
  /** More `wrangler dev` arguments, e.g. `['--var', 'BENCH_ROUTES:on']`. */
  extraArgs?: string[]
}

/** Asks the OS for a loopback port nobody is listening on. */
export declare const freePort: () => Promise<number>

/** Starts `wrangler dev` on a free loopback port and resolves once GET /healthz answers 200. */
export declare const startDevServer: (options?: DevServerOptions) => Promise<DevServer>
