#!/usr/bin/env bash
# Screenshot an HTML file the way a person would see it: headless Chromium (Debian's `chromium`), no
# network, a fresh profile. For a developer's own check (install: apt-get update && apt-get install -y
# chromium); never part of CI.
# Usage: scripts/screenshot-html.sh page.html out.png [width] [height]
#   e.g. node bin/qms.js readiness examples/city --as-of 2014-12-31 -f html -o /tmp/r.html
#        scripts/screenshot-html.sh /tmp/r.html /tmp/r.png 1400 2400
# Also prints a PDF next to the PNG (out.pdf) to check the A4 landscape print layout.
set -euo pipefail
page=${1:?usage: screenshot-html.sh page.html out.png [width] [height]}
out=${2:?usage: screenshot-html.sh page.html out.png [width] [height]}
width=${3:-1400}
height=${4:-2000}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium not found: apt-get update && apt-get install -y chromium" >&2
  exit 2
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
url="file://$(realpath "$page")"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --hide-scrollbars "--user-data-dir=$profile")
"$browser" "${flags[@]}" "--window-size=$width,$height" "--screenshot=$(realpath -m "$out")" "$url" 2>/dev/null
"$browser" "${flags[@]}" --no-pdf-header-footer "--print-to-pdf=$(realpath -m "${out%.png}.pdf")" "$url" 2>/dev/null
echo "$out ${out%.png}.pdf"
