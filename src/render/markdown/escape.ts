/**
 * Backslash-escapes what CommonMark or GFM would read as syntax (emphasis, links, HTML, tables, strike-through,
 * entities, a heading or list at the start) and folds line breaks, so curated text prints exactly as written.
 */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')

/** A link whose text is data; the URL is ours (site paths under a parsed origin), so it needs no escaping. */
export const markdownLink = (text: string, url: string): string => `[${escapeMarkdown(text)}](${url})`
