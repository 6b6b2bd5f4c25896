import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { SeedMismatchError } from '../../src/corpus/parse-article'
import { analysePage } from './page'
import { CurateError, readStory, readStoryArticle, resolveArticleId, type StoryPaths } from './story'
import type { ArticleText } from './types'

/** Why an article cannot be read; the message says what to do. */
export class ArticleLoadError extends Error {
  override name = 'ArticleLoadError'
}

/** Bytes as UTF-8 text, refusing binary, empty and non-UTF-8 input. */
export const decodeText = (bytes: Uint8Array, label: string): string => {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new ArticleLoadError(`${label} is not UTF-8 text; save it as UTF-8 and try again.`)
  }
  if (text.includes('\u0000')) throw new ArticleLoadError(`${label} looks binary (it holds NUL bytes); give a plain-text article.`)
  if (!text.trim()) throw new ArticleLoadError(`${label} is empty; give an article with at least one paragraph.`)
  return text.replace(/^\uFEFF/, '')
}

/** A page-text file parsed with the project's parser and generic furniture rules only (no curator confirmations). */
export const readPageFile = (file: string): { text: string; article: ArticleText; analysis: ReturnType<typeof analysePage> } => {
  if (!existsSync(file)) throw new ArticleLoadError(`No such file: ${file}`)
  if (!statSync(file).isFile()) throw new ArticleLoadError(`${file} is not a file.`)
  const text = decodeText(readFileSync(file), file)
  let analysis
  try {
    analysis = analysePage(text, basename(file))
  } catch (error) {
    if (error instanceof SeedMismatchError) throw new ArticleLoadError(`${file}: ${error.message}`)
    throw error
  }
  const { parsed, date } = analysis
  if (parsed.paragraphs.length === 0) throw new ArticleLoadError(`${file} has no paragraphs of text.`)
  const article = { id: basename(file).replace(/\.[^.]+$/, ''), date: date?.value ?? null, headline: parsed.headline, paragraphs: parsed.paragraphs.map(({ id, text: t }) => ({ id, text: t })) }
  return { text, article, analysis }
}

/**
 * An article of the story by id or alias, parsed as check:data parses it (paragraph ids are its pinned ids),
 * or a page-text file parsed with the generic furniture rules.
 */
export const loadArticle = (idOrFile: string, story: StoryPaths): ArticleText => {
  const looksLikeId = /^[\w-]+$/.test(idOrFile) && !existsSync(idOrFile)
  if (!looksLikeId) return readPageFile(idOrFile).article
  const id = resolveArticleId(story, idOrFile)
  if (!id)
    throw new ArticleLoadError(
      `Unknown article "${idOrFile}" in story ${story.id}. Give an article id (${readStory(story).articles.join(', ')}) or a path to a text file.`,
    )
  try {
    const { meta, parsed } = readStoryArticle(story, id)
    return { id, date: meta.date, headline: parsed.headline, paragraphs: parsed.paragraphs.map(({ id: pid, text }) => ({ id: pid, text })) }
  } catch (error) {
    if (error instanceof CurateError) throw new ArticleLoadError(error.message)
    throw error
  }
}
