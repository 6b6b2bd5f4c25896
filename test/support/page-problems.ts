import type { Page } from 'playwright-core'

/** Collects console errors (CSP violations show up here) and uncaught page errors, for a test to assert none. */
export const watchPageProblems = (page: Page): string[] => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`))
  return problems
}
