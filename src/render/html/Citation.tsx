import type { SourceRef } from '../../factsheet/model'

const paragraphNumber = (paragraph: string) => paragraph.replace(/^p/, '')

/** `[3] VOA ¶12 (US government-funded)`, linking to the paragraph, with the outlet's quality warning where there is one. */
export const Citation = ({ source }: { source: SourceRef }) => (
  <>
    <a href={source.href} title={`${source.outlet}: ${source.headline}`}>
      [{source.n}] {source.outlet} ¶{paragraphNumber(source.paragraph)}
    </a>{' '}
    <span class="meta">({source.ownership})</span>
    {source.qualityNote ? (
      <>
        {' '}
        <a class="note" href={`#ref-${source.n}`}>
          garbled machine translation
        </a>
      </>
    ) : null}
  </>
)

export { paragraphNumber }
