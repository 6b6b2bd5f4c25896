import { Hono } from 'hono'
import { catalog } from '../factsheet/catalog'
import { ClientError } from '../http/errors'
import { SourcePage } from '../render/html/SourcePage'
import { SourcesPage } from '../render/html/SourcesPage'
import { sendPage } from './page'

/** The cleaned articles, each paragraph with its own anchor. */
export const sourceRoutes = new Hono()
  .get('/sources', (c) =>
    sendPage(
      c,
      { title: 'Sources — fact sheets', description: 'The five news reports every fact sheet quotes, paragraph by paragraph.' },
      <SourcesPage articles={catalog.corpus.articles} />,
    ),
  )
  .get('/sources/:id', (c) => {
    const id = c.req.param('id')
    const article = catalog.corpus.article(id) ?? catalog.corpus.article(id.toLowerCase())
    if (!article)
      throw new ClientError(
        404,
        'There is no source with that name.',
        catalog.corpus.articles.map((a) => ({ label: `${a.outlet}: ${a.headline}`, href: `/sources/${a.id}` })),
      )
    if (article.id !== id) return c.redirect(`/sources/${article.id}`, 301)
    return sendPage(c, { title: `${article.headline} (${article.outlet}) — source`, description: `${article.outlet}, cleaned and numbered by paragraph.` }, <SourcePage article={article} />)
  })
