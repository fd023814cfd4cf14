#!/bin/sh
# The facilitator guide from trainkit, side by side with LibreOffice turning an equivalent DOCX
# (the same guide, made by LibreOffice from an HTML rendition) into PDF.
#   bench/compare_libreoffice.sh [CURRICULUM COUNTRY AUDIENCE]
# Needs a build with the benchmarks (the default) and LibreOffice:
#   apt-get install libreoffice-writer-nogui
set -eu
cd "$(dirname "$0")/.."
curriculum=${1:-curricula/trafficking-in-women}
country=${2:-UA}
audience=${3:-police}
runs=5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

trainkit_ms=$(build/bin/writer_bench guide-pdf "$curriculum" "$country" "$audience" 20 --html "$work/guide.html" |
  sed -n 's/^write it (guide-pdf) *//p')
soffice --headless "$profile" --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/guide.html" >/dev/null 2>&1
[ -s "$work/guide.docx" ] || { echo "LibreOffice did not make the DOCX"; exit 1; }
# The first start of LibreOffice sets up its profile; it is not counted.
soffice --headless "$profile" --convert-to pdf --outdir "$work/warm" "$work/guide.docx" >/dev/null 2>&1
total=0
i=0
while [ $i -lt $runs ]; do
  start=$(date +%s%N)
  soffice --headless "$profile" --convert-to pdf --outdir "$work/out" "$work/guide.docx" >/dev/null 2>&1
  end=$(date +%s%N)
  total=$((total + (end - start) / 1000000))
  i=$((i + 1))
done
libreoffice_ms=$((total / runs))
# The whole trainkit command, as a user runs it: start, load and check the curriculum, resolve, write.
total=0
i=0
while [ $i -lt $runs ]; do
  start=$(date +%s%N)
  build/bin/trainkit export "$curriculum" --country "$country" --audience "$audience" --format guide-pdf \
    -o "$work/trainkit.pdf" >/dev/null 2>&1
  end=$(date +%s%N)
  total=$((total + (end - start) / 1000000))
  i=$((i + 1))
done
command_ms=$((total / runs))
pages=$(pdfinfo "$work/out/guide.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
printf '%-46s %10s\n' "guide for $country, $audience" "ms"
printf '%-46s %10s\n' "trainkit: program to PDF (median of 20)" "$trainkit_ms"
printf '%-46s %10s\n' "trainkit: whole export command (mean of $runs)" "$command_ms"
printf '%-46s %10s\n' "LibreOffice: equivalent DOCX to PDF (mean of $runs)" "$libreoffice_ms"
awk -v a="$libreoffice_ms" -v b="$trainkit_ms" 'BEGIN { printf "%-46s %9.0fx\n", "LibreOffice / trainkit writer", a / b }'
awk -v a="$libreoffice_ms" -v b="$command_ms" 'BEGIN { printf "%-46s %9.0fx\n", "LibreOffice / trainkit command", a / b }'
echo "(LibreOffice's PDF: ${pages:-?} pages)"
