const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** `2023-03-20` -> `20 March 2023`, without Intl so every runtime prints the same. */
export const formatDate = (iso: string): string => {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return iso
  const month = months[Number(iso.slice(5, 7)) - 1]
  const day = Number(iso.slice(8))
  return month && day ? `${day} ${month} ${iso.slice(0, 4)}` : iso
}

/** `{from, to}` -> `20–21 March 2023`, or a full range when months differ. */
export const formatDateRange = ({ from, to }: { from: string; to: string }): string => {
  if (from === to) return formatDate(from)
  const [fy, fm] = from.split('-')
  const [ty, tm] = to.split('-')
  if (fy === ty && fm === tm) return `${Number(from.slice(8))}–${formatDate(to)}`
  return `${formatDate(from)} – ${formatDate(to)}`
}

/** `20 March 2023`, `February 2023` or `2014`: never more precise than the sources. */
export const formatEventDate = ({ date, precision }: { date: string; precision: 'day' | 'month' | 'year' }): string => {
  if (precision === 'year') return date
  if (precision === 'month') return formatDate(`${date}-01`).replace(/^1 /, '')
  return formatDate(date)
}
