import { seedArticles } from './articles'
import { parseArticle } from './parse-article'
import type { Article, Paragraph } from './types'

export interface Corpus {
  articles: Article[]
  article: (id: string) => Article | undefined
  paragraph: (articleId: string, paragraphId: string) => Paragraph | undefined
}

/** Builds the corpus from raw seeds; pure, so tests can feed it other seeds. */
export const buildCorpus = (seeds = seedArticles): Corpus => {
  const articles = seeds.map(({ raw, meta }) => parseArticle(raw, meta))
  const byId = new Map(articles.map((a) => [a.id, a]))
  return {
    articles,
    article: (id) => byId.get(id),
    paragraph: (articleId, paragraphId) => byId.get(articleId)?.paragraphs.find((p) => p.id === paragraphId),
  }
}

/** The bundled corpus, parsed once per isolate. */
export const corpus = buildCorpus()
