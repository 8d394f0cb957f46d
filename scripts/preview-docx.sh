#!/usr/bin/env bash
# Look at DOCX the way an officer will: LibreOffice (headless) converts each file to PDF, pdftoppm turns
# the pages into PNG, and pandoc reads the text back as a second, independent reader.
#
#   scripts/preview-docx.sh OUT_DIR FILE.docx [FILE.docx ...]
#
# Needs (Debian): apt-get install -y libreoffice-writer poppler-utils pandoc fonts-liberation
# Not part of CI: LibreOffice is large and slow to start. Exit 1 when a file fails to convert
# (LibreOffice exits 0 even when it writes nothing, so the PDF's presence is what is checked).
set -euo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 OUT_DIR FILE.docx [FILE.docx ...]" >&2
  exit 2
fi
out="$1"; shift
for tool in soffice pdftoppm pandoc; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y libreoffice-writer poppler-utils pandoc fonts-liberation)" >&2; exit 2; }
done
mkdir -p "$out"
# A private profile, so a running LibreOffice or a locked profile does not interfere.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

status=0
for docx in "$@"; do
  name="$(basename "$docx" .docx)"
  rm -f "$out/$name.pdf"
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1 || true
  if [ ! -s "$out/$name.pdf" ]; then
    echo "FAILED  $docx (LibreOffice wrote no PDF)" >&2
    status=1
    continue
  fi
  pdftoppm -r 70 -png "$out/$name.pdf" "$out/$name"
  pandoc -f docx -t plain --wrap=none "$docx" -o "$out/$name.txt"
  pages="$(ls "$out/$name"-*.png 2>/dev/null | wc -l)"
  echo "ok      $docx → $out/$name.pdf ($pages page(s)), $out/$name-*.png, $out/$name.txt"
done
exit "$status"
