import type { DropReason } from './types'

/** A rule that recognises one kind of page furniture in a seed line. */
export interface BoilerplateRule {
  reason: DropReason
  test: (line: string) => boolean
}

const exactly =
  (...lines: string[]) =>
  (line: string) =>
    lines.includes(line)

/** Page furniture common to news sites; per-article furniture lives with the article's metadata. */
export const commonBoilerplate: BoilerplateRule[] = [
  { reason: 'site-chrome', test: exactly('Accessibility links', 'Breaking News', 'Current News', 'Related Content', 'Published in News & Features') },
  { reason: 'video-player', test: exactly('please wait', 'No media source currently available', 'Video Embed') },
  { reason: 'video-player', test: (line) => /^\d+:\d\d( \d+:\d\d(:\d\d)?)+$/.test(line) },
  { reason: 'see-also', test: (line) => /^See also\s/.test(line) },
  { reason: 'comments-widget', test: exactly('Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'blog comments powered by Disqus') },
  { reason: 'page-navigation', test: exactly('swipe to next page') },
  { reason: 'copyright', test: (line) => /^©\s?\d{4}\b/.test(line) },
]
