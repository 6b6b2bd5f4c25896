import { Hono } from 'hono'
import { ClientError } from '../http/errors'
import { SourcePage } from '../render/html/SourcePage'
import { SourcesPage } from '../render/html/SourcesPage'
import { sendPage } from './page'
import type { AppEnv } from './env'

/** The cleaned articles, each paragraph with its own anchor. */
export const sourceRoutes = new Hono<AppEnv>()
  .get('/sources', (c) =>
    sendPage(
      c,
      { title: 'Sources — fact sheets', description: `${c.var.catalog.story.corpusName}, paragraph by paragraph.` },
      <SourcesPage articles={c.var.catalog.corpus.articles} story={c.var.catalog.story} />,
    ),
  )
  .get('/sources/:id', (c) => {
    const id = c.req.param('id')
    const { corpus, articleByAlias } = c.var.catalog
    const article = corpus.article(id) ?? corpus.article(id.toLowerCase()) ?? corpus.article(articleByAlias(id.toLowerCase()) ?? '')
    if (!article)
      throw new ClientError(
        404,
        'There is no source with that name.',
        c.var.catalog.corpus.articles.map((a) => ({ label: `${a.outlet}: ${a.headline}`, href: `/sources/${a.id}` })),
      )
    if (article.id !== id) return c.redirect(`/sources/${article.id}`, 301)
    return sendPage(c, { title: `${article.headline} (${article.outlet}) — source`, description: `${article.outlet}, cleaned and numbered by paragraph.` }, <SourcePage article={article} />)
  })
