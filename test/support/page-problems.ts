import type { Page } from 'playwright-core'

/**
 * Collects console errors (CSP violations show up here) and uncaught page errors, for a test to assert none.
 * Chromium also logs an error status of the document itself; tests assert that status, so it is not collected.
 */
export const watchPageProblems = (page: Page): string[] => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    if (message.text().startsWith('Failed to load resource') && message.location().url === page.url()) return
    problems.push(`console error on ${page.url()}: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`))
  return problems
}
