const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return { y: y ?? 0, month: months[(m ?? 1) - 1] ?? '', d: d ?? 0 }
}

/** `2023-03-20` -> `20 March 2023`; anything else is returned as it came. */
export const formatDate = (iso: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso
  const { y, month, d } = parts(iso)
  return `${d} ${month} ${y}`
}

/** A date range as a reader writes it: `20–21 March 2023`, `28 February – 2 March 2023`. */
export const formatDateRange = (from: string, to: string): string => {
  if (!from || from === to) return formatDate(to || from)
  if (!to) return formatDate(from)
  const a = parts(from)
  const b = parts(to)
  if (a.y === b.y && a.month === b.month) return `${a.d}–${b.d} ${b.month} ${b.y}`
  if (a.y === b.y) return `${a.d} ${a.month} – ${formatDate(to)}`
  return `${formatDate(from)} – ${formatDate(to)}`
}

/** The ¶ number of a paragraph id such as `p12`. */
export const paragraphNumber = (id: string): string => id.replace(/^p/, '')
