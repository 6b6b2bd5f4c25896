// Entry for scripts that bundle the PDF renderer with esbuild (render-sample.sh, npm run bench via bench/bundle.mjs).
export { renderCollectionPdf, renderFactSheetPdf } from '../src/render/pdf'
export { topics } from '../src/curation/topics'
export { buildFactSheet } from '../src/factsheet/build'
export { corpus } from '../src/corpus/corpus'
export { provenanceOf } from '../src/factsheet/provenance'
