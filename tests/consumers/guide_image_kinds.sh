#!/bin/sh
# A guide with each kind of image PoDoFo and trainkit put in differently (an opaque PNG as it
# is, a PNG with an alpha channel that PoDoFo decodes into an image and a soft mask, a JPEG
# as it is), checked by tools nobody here wrote: qpdf checks the structure of the file and
# inflates every stream of the file, pdfimages finds the image with its mask or as a JPEG,
# and pdftoppm draws the page.
set -eu
root=$1
trainkit=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1795824000 NO_COLOR=1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# check NAME: export the copy in $out/c as a guide and check it; prints `pdfimages -list`.
check() {
  pdf="$out/$1.pdf"
  "$trainkit" export "$out/c" --audience police --format guide-pdf -o "$pdf" >/dev/null 2>&1 || {
    fail "$1: export failed"
    return
  }
  qpdf --check "$pdf" >"$out/$1.check" 2>&1 || fail "$1: qpdf --check: $(tail -n 3 "$out/$1.check")"
  # Every stream decodes (a bad Flate stream is a warning, exit code 3), and every stream is
  # compressed: trainkit deflates those PoDoFo leaves as they are.
  qpdf --stream-data=uncompress --decode-level=generalized "$pdf" "$out/$1-plain.pdf" >"$out/$1.decode" 2>&1 ||
    fail "$1: a stream does not decode: $(head -n 2 "$out/$1.decode")"
  qpdf --json --json-stream-data=none "$pdf" | python3 -c '
import json, sys
objects = json.load(sys.stdin)["qpdf"][1]
bare = [key for key, value in objects.items() if "stream" in value and "/Filter" not in value["stream"]["dict"]]
sys.exit(f"streams without a filter: {bare}" if bare else 0)' || fail "$1: a stream is not compressed"
  qpdf --show-npages "$pdf" >/dev/null 2>&1 || fail "$1: qpdf cannot count the pages"
  pdftoppm -r 20 -png "$pdf" "$out/$1-page" 2>/dev/null || fail "$1: pdftoppm cannot draw the pages"
  pdfimages -list "$pdf" | tail -n +3 >"$out/$1.images"
}

cp -r "$root/tests/data/minimal" "$out/c"
check opaque  # the test curriculum's diagram: 8-bit RGB
grep -q " image .* rgb " "$out/opaque.images" || fail "opaque: no RGB image in $(cat "$out/opaque.images")"
grep -q " smask " "$out/opaque.images" && fail "opaque: a soft mask in $(cat "$out/opaque.images")"

# A 40 x 30 RGBA PNG: an opaque red square on a transparent background.
python3 - "$out/c/media/elements.png" <<'PY'
import struct, sys, zlib
width, height = 40, 30
rows = b"".join(b"\0" + b"".join(b"\xc0\x20\x20\xff" if 10 <= x < 30 and 5 <= y < 25 else b"\0\0\0\0"
                                 for x in range(width)) for y in range(height))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)) +
       chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
open(sys.argv[1], "wb").write(png)
PY
check alpha
grep -q " image .* rgb " "$out/alpha.images" || fail "alpha: no RGB image in $(cat "$out/alpha.images")"
grep -q " smask " "$out/alpha.images" || fail "alpha: no soft mask in $(cat "$out/alpha.images")"

# A JPEG, drawn by pdftoppm from the first guide, in place of the PNG.
pdftoppm -jpeg -r 15 -f 1 -l 1 -singlefile "$out/opaque.pdf" "$out/c/media/elements"
sed -i 's|media/elements.png|media/elements.jpg|' "$out/c/curriculum.xml"
rm "$out/c/media/elements.png"
check jpeg
grep -q " image .* jpeg " "$out/jpeg.images" || fail "jpeg: no JPEG image in $(cat "$out/jpeg.images")"

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "opaque, alpha and JPEG images: every stream decodes, every page draws"
