// Stands in for @pdf-lib/standard-fonts (wrangler.toml [alias]): briefs embed their own font, and the real
// package adds ~95 KiB gzip and decompresses its metrics at start-up. A Standard-14 font use would fail loudly.
export const FontNames = {}
export const Encodings = {}
export class Font {
  static load(): never {
    throw new Error('Standard-14 fonts are not bundled: draw text with the embedded IBM Plex Sans (src/render/pdf/fonts.ts).')
  }
}
