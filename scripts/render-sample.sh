#!/bin/sh
# Regenerates docs/brief-page1.png: page 1 of a topic's brief (default: the first topic), at 80 dpi.
# Usage: scripts/render-sample.sh [slug] [paper]   Needs poppler-utils (pdftoppm).
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The renderer plus the bundled story's compiled data, so the sample carries the real data version.
node_modules/.bin/esbuild scripts/pdf-entry.ts --bundle --format=esm --platform=browser --external:'node:*' --loader:.txt=text --outfile="$tmp/pdf-entry.mjs" --log-level=warning
node scripts/render-sample.mjs "$tmp/pdf-entry.mjs" "$tmp/brief.pdf" "${1:-}" "${2:-a4}"
mkdir -p docs
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$tmp/brief.pdf" docs/brief-page1
echo "wrote docs/brief-page1.png"
