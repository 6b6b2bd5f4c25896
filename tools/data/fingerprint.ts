import { contentHash } from '../../src/factsheet/data-version'

/** Eight hex digits that change whenever a paragraph's text does: the pin that keeps `#p13` meaning one paragraph. */
export const fingerprint = (text: string): string => contentHash(text.replace(/\s+/g, ' ').trim()).slice(0, 8)
