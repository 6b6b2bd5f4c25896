import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import type { Story } from '../../curation/types'

export interface LayoutProps {
  title: string
  description: string
  /** Site-relative path of this page, for the canonical link. */
  path: string
  origin: string
  stylesheetHref: string
  /** Content hash of the data the page was made from, printed in the footer so readers can cite it. */
  dataVersion: string
  /** Absent only on an error page whose data could not be loaded. */
  story?: Story
  children?: Child
}

/** The site's sections, in the header of every page. */
const sections = [
  ['/sources', 'Sources'],
  ['/timeline', 'Timeline'],
  ['/search', 'Search'],
  ['/matrix', 'Matrix'],
  ['/actors', 'Actors'],
  ['/briefs/all.pdf', 'All briefs (PDF)'],
] as const

/** The site header is the same on every page: its markup is made once, when the module loads. */
const siteHeader = raw(
  String(
    <header class="site">
      <nav aria-label="Site">
        <ul>
          <li>
            <a class="brand" href="/">
              Fact sheets
            </a>
          </li>
          {sections.map(([href, label]) => (
            <li>
              <a href={href}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  ),
)

/** The whole HTML document: rendered in one piece (no streaming), so the CSP needs no inline script. */
export const Layout = ({ title, description, path, origin, stylesheetHref, dataVersion, story, children }: LayoutProps) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={`${origin}${path}`} />
      <meta property="og:type" content="article" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={`${origin}${path}`} />
      <meta name="twitter:card" content="summary" />
      <link rel="stylesheet" href={stylesheetHref} />
    </head>
    <body>
      <a class="skip" href="#main">
        Skip to content
      </a>
      {siteHeader}
      <main id="main">{children}</main>
      <footer class="site">
        {story ? (
          <p>
            Sources: {story.corpusName}. Every statement links to the paragraph that reports it; nothing here comes
            from outside {story.sourcesPhrase}.
          </p>
        ) : null}
        <p>
          Data version <code>{dataVersion}</code> · <a href="/sources">Sources</a> · <a href="/api/topics">JSON API</a>
        </p>
      </footer>
    </body>
  </html>
)
