import { escapeMarkdown } from './escape'

export interface MarkdownOptions {
  /** Scheme and host for absolute links, e.g. `https://example.com`: pasted Markdown has no base URL. */
  origin: string
  /** Printed at the end so a pasted copy says what data it came from. */
  dataVersion: string
}

/** The closing lines every Markdown document shares. */
export const provenance = (corpusName: string, { dataVersion }: MarkdownOptions): string =>
  `*Drawn only from ${escapeMarkdown(corpusName.replace(/^\w/, (c) => c.toLowerCase()))}; every statement cites the paragraph that reports it. Data version \`${dataVersion}\`.*`
