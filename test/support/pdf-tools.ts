import { execFileSync } from 'node:child_process'
import { expect } from 'vitest'

/** Runs a command-line tool (qpdf, poppler) and returns its standard output. */
export const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })

/** qpdf finds no syntax or stream error. */
export const expectQpdfClean = (file: string) =>
  expect(run('qpdf', ['--check', file]), file).toMatch(/No syntax or stream encoding errors/)

/**
 * pdffonts lists only Plex faces (those the document draws with, regular and bold), each a CID font with the
 * embedded short-code CMap (`Custom`), embedded, subset and with a ToUnicode map: no Standard-14 font.
 */
export const expectEmbeddedSubsetFonts = (file: string) => {
  const rows = run('pdffonts', [file]).trim().split('\n').slice(2)
  expect(rows.length, file).toBeGreaterThan(0)
  expect(rows.length, file).toBeLessThanOrEqual(3)
  for (const row of rows) expect(row, file).toMatch(/^[A-Z]{6}\+IBMPlexSans\S*\s+CID TrueType\s+Custom\s+yes yes yes/)
}
