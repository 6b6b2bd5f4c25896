import type { BrowserContext, BrowserType } from 'playwright-core'

export interface LaunchedChromium {
  context: BrowserContext
  /** URLs the pages tried to reach outside 127.0.0.1 (all aborted). */
  blocked: string[]
  /** Closes the browser and deletes its temporary profile. */
  close: () => Promise<void>
}

export declare const chromiumPath: string

/** Launches Debian's Chromium with a fresh profile; pages may only reach 127.0.0.1, anything else is aborted and recorded. */
export declare const launchChromium: (options?: Parameters<BrowserType['launchPersistentContext']>[1]) => Promise<LaunchedChromium>
