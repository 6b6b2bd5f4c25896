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

const words = (line: string) => line.split(/\s+/).filter(Boolean).length
/** Ends like a sentence of prose: a full stop, question or exclamation mark, perhaps inside a closing quote. */
const endsLikeSentence = (line: string) => /[.!?…]["”’)]?$/.test(line)
const hasQuoteMarks = (line: string) => /["“”«»„]/.test(line)

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'
const MONTH_WORDS = `${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`
const DAY_WORDS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun'

/** A line that is only a date and time, perhaps after "Updated"/"Published": a page's time stamp, never news text. */
const isTimestamp = (line: string): boolean => {
  if (words(line) > 9 || !/\b(19|20)\d\d\b/.test(line)) return false
  const rest = line
    .replace(/^(last\s+)?(updated|published|posted|modified)\b:?/i, '')
    .replace(new RegExp(`\\b(${MONTH_WORDS}|${DAY_WORDS})\\b\\.?`, 'g'), '')
    .replace(/\b(a\.m\.|p\.m\.|am|pm|AM|PM|UTC|GMT|[A-Z]{2,4}T|BST|CET|CEST)\b/g, '')
    .replace(/[\d\s,.:/–—+-]/g, '')
  return rest === ''
}

/** A one-sentence caption: a full date with its year ("… in Moscow, March 20, 2023."), no quotation, no dateline. */
const isDatedCaption = (line: string): boolean =>
  new RegExp(`\\b(${MONTHS}) \\d{1,2}, \\d{4}\\b`).test(line) &&
  words(line) <= 40 &&
  !hasQuoteMarks(line) &&
  !/^\p{Lu}[\p{Lu} .'’-]{2,},/u.test(line) && // "TARSK, Veldria, October 8, 2024 — …" opens a lede
  !/[.!?]\s+\p{Lu}/u.test(line.replace(/\b(?:[A-Z][a-z]{0,3}|[A-Z])\.\s/g, '')) // one sentence ("Mr. Xi" aside)

/**
 * Page furniture common to news sites; per-article furniture lives with the article's metadata.
 * Every rule is generic (no seed's own wording) and must leave every seed paragraph in place: check:data's pins prove it.
 */
export const commonBoilerplate: BoilerplateRule[] = [
  { reason: 'site-chrome', test: exactly('Accessibility links', 'Breaking News', 'Current News', 'Related Content', 'Published in News & Features') },
  // Share, listen and newsletter prompts, advertising slots.
  { reason: 'site-chrome', test: (line) => /^(share|share this( article| story| page)?|share on \w+|tweet|email|print|copy link|save( article)?|listen to this article|listen|comments?)$/i.test(line) },
  { reason: 'site-chrome', test: (line) => /^(sign up|subscribe)\b/i.test(line) && words(line) <= 16 && !hasQuoteMarks(line) },
  { reason: 'site-chrome', test: (line) => /^(advertisement|ad|sponsored( content)?|story continues (below|after) (this )?advertisement)$/i.test(line) },
  { reason: 'video-player', test: exactly('please wait', 'No media source currently available', 'Video Embed') },
  { reason: 'video-player', test: (line) => /^\d+:\d\d( \d+:\d\d(:\d\d)?)+$/.test(line) },
  { reason: 'see-also', test: (line) => /^See also\s/.test(line) },
  { reason: 'see-also', test: (line) => /^(related|read more|read also|also read|more on this|see more)(\s*[:|»›>]\s*\S.*)?$/i.test(line) && !endsLikeSentence(line) },
  { reason: 'photo-caption', test: (line) => /^(photo|image|picture|photograph|credit|caption)\s*:/i.test(line) && words(line) <= 40 },
  { reason: 'photo-caption', test: (line) => /\((photo|image|picture)s? (by|credit:?|courtesy( of)?)\s[^)]*\)\.?$/i.test(line) && words(line) <= 40 },
  { reason: 'photo-caption', test: (line) => /^\d{1,2}x\d{1,2} Image$/i.test(line) },
  { reason: 'byline-box', test: (line) => /^By\s+\p{Lu}/u.test(line) && words(line) <= 12 && !endsLikeSentence(line) && !hasQuoteMarks(line) },
  { reason: 'byline-box', test: isTimestamp },
  { reason: 'photo-caption', test: isDatedCaption },
  { reason: 'credit', test: (line) => /^(reporting|additional reporting|writing|editing|compiled) by\b/i.test(line) && !hasQuoteMarks(line) },
  { reason: 'page-navigation', test: (line) => /(…|\.\.\.)\s*\(?(read more|continue reading|more)\)?$/i.test(line) || /^(continue reading|read the full (story|article)|next page|previous page)\b/i.test(line) },
  { reason: 'page-navigation', test: exactly('swipe to next page') },
  { reason: 'comments-widget', test: exactly('Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'blog comments powered by Disqus') },
  { reason: 'comments-widget', test: (line) => /^(\d+\s+)?comments?$|^(view|show|load) (all )?comments$/i.test(line) },
  { reason: 'copyright', test: (line) => /^(©|\(c\)|copyright)\s?\d{4}\b/i.test(line) },
  { reason: 'copyright', test: (line) => /^©\s?\p{L}/u.test(line) && words(line) <= 16 },
  { reason: 'copyright', test: (line) => /^[^.!?]{0,80}all rights reserved\.?$/i.test(line) },
]
