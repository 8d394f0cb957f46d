#!/usr/bin/env bash
# Check the printed size of the city readiness dashboard (issue 14, "Printouts that fit"): a tree of N
# communes (the benchmark corpus, scripts/bench/lib/corpus.mjs) → `qms readiness -f html` → headless
# Chromium print-to-pdf (A4 landscape, the page's own @page rule) → count the pages. Fails (exit 1) when
# the dashboard takes more than one A4 page per 25 units (rounded up). For a developer's own check after
# `npm run build` (needs chromium and poppler-utils: apt-get install -y chromium poppler-utils); not in CI.
# Usage: scripts/check-print-pages.sh [units=60] [keep-dir]
set -euo pipefail
units=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ] || ! command -v pdfinfo >/dev/null; then
  echo "needs chromium and pdfinfo: apt-get update && apt-get install -y chromium poppler-utils" >&2
  exit 2
fi
work=${2:-$(mktemp -d)}
[ -n "${2:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
node --input-type=module -e "
  import { pathToFileURL } from 'node:url';
  const { generateCommunes } = await import(pathToFileURL('$root/scripts/bench/lib/corpus.mjs').href);
  await generateCommunes('$work/city', $units);
"
node "$root/bin/qms.js" readiness "$work/city" -f html -o "$work/dashboard.html" --force >/dev/null
profile=$(mktemp -d)
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync "--user-data-dir=$profile" --no-pdf-header-footer \
  "--print-to-pdf=$work/dashboard.pdf" "file://$work/dashboard.html" 2>/dev/null
rm -rf "$profile"
pages=$(pdfinfo "$work/dashboard.pdf" | awk '/^Pages:/ { print $2 }')
limit=$(( (units + 24) / 25 ))
echo "$units units: $pages A4 pages (limit $limit) — $work/dashboard.pdf"
[ "$pages" -le "$limit" ]
