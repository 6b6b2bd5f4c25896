const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

export interface ResolvedDate {
  date: string | null
  note: string
}

const iso = (d: Date) => d.toISOString().slice(0, 10)
const parseIso = (s: string) => new Date(`${s}T00:00:00Z`)
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000)

/** The most recent given weekday on or before a date (ISO in, ISO out). */
export const weekdayOnOrBefore = (articleDate: string, weekday: number): string => {
  const d = parseIso(articleDate)
  return iso(addDays(d, -((d.getUTCDay() - weekday + 7) % 7)))
}

/**
 * When a statement was made, from the words of its attribution clause ("said Monday", "on March 20",
 * "yesterday"), resolved against the article's date; null with a note where the text gives no date.
 */
export const resolveDate = (clause: string, articleDate: string | null): ResolvedDate => {
  const lower = clause.toLowerCase()
  const explicit = new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b`).exec(lower)
  if (explicit) {
    const month = MONTHS.indexOf(explicit[1] ?? '') + 1
    const year = explicit[3] ?? articleDate?.slice(0, 4)
    if (!year) return { date: null, note: `"${explicit[0]}" in the text, but no year: the article has no date` }
    const date = `${year}-${String(month).padStart(2, '0')}-${String(explicit[2]).padStart(2, '0')}`
    return { date, note: `"${explicit[0]}" in the text${explicit[3] ? '' : '; year from the article date'}` }
  }
  const weekday = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(lower)
  if (weekday) {
    const word = weekday[1] ?? ''
    if (!articleDate) return { date: null, note: `"${word}" in the text, but the article has no date to resolve it against` }
    const date = weekdayOnOrBefore(articleDate, WEEKDAYS.indexOf(word))
    return { date, note: `"${word}": the most recent ${word} on or before the article date ${articleDate}` }
  }
  const relative = /\b(today|yesterday|tonight|this morning|this afternoon|this evening)\b/.exec(lower)
  if (relative) {
    if (!articleDate) return { date: null, note: `"${relative[1]}" in the text, but the article has no date` }
    const back = relative[1] === 'yesterday' ? 1 : 0
    return { date: iso(addDays(parseIso(articleDate), -back)), note: `"${relative[1]}" relative to the article date ${articleDate}` }
  }
  const vague = /\b(last week|this week|last month|earlier this (?:week|month|year)|recently|last year)\b/.exec(lower)
  if (vague) return { date: null, note: `only "${vague[1]}" in the text: no day given` }
  return { date: null, note: 'no date in the attribution' }
}
