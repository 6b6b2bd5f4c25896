// Entry for scripts that bundle the PDF renderer with esbuild (render-sample.sh, the node PDF tests, npm run bench via
// bench/bundle.mjs): the renderer and the bundled story's compiled data (run `npm run check:data` first). The caller
// builds the catalog, so a benchmark can time that step on its own.
import compiled from '../generated/xi-putin-moscow-2023.json'
import type { StoryData } from '../src/curation/types'

export { renderCollectionPdf, renderFactSheetPdf } from '../src/render/pdf'
export { buildCatalog } from '../src/factsheet/catalog'
export { provenanceOf } from '../src/factsheet/provenance'
export { objectStreamTuning } from '../src/render/pdf/deflate'

/** The story the Worker bundles, as src/source/bundled.ts imports it. */
export const storyData = compiled as unknown as StoryData
