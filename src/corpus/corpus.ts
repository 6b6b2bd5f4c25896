import type { Article, Paragraph } from './types'

export interface Corpus {
  articles: Article[]
  article: (id: string) => Article | undefined
  paragraph: (articleId: string, paragraphId: string) => Paragraph | undefined
}

/** Indexes parsed articles by id and paragraph id. */
export const buildCorpus = (articles: Article[]): Corpus => {
  const byId = new Map(articles.map((a) => [a.id, a]))
  const paragraphs = new Map(articles.map((a) => [a.id, new Map(a.paragraphs.map((p) => [p.id, p]))]))
  return {
    articles,
    article: (id) => byId.get(id),
    paragraph: (articleId, paragraphId) => paragraphs.get(articleId)?.get(paragraphId),
  }
}
