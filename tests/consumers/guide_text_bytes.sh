#!/bin/sh
# A guide's text is written as strings of two-byte glyph ids, in which a parenthesis, a
# backslash and a carriage return must be escaped (PDF 1.7, 7.3.4.2). A paragraph of every
# printable ASCII character and a few hundred letters of the curriculum's scripts comes back
# out of the guide letter for letter (pdftotext), and the page's operators (inflated by qpdf)
# show that each of those escapes was needed and made.
set -eu
root=$1
trainkit=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1795824000 NO_COLOR=1
cp -r "$root/tests/data/minimal" "$out/c"

# Words of eight characters: short enough that no line breaks inside one.
python3 - "$out/c/curriculum.xml" "$out/expected.txt" <<'PY'
import sys
from xml.sax.saxutils import escape
letters = [chr(c) for c in range(0x21, 0x7F)]
letters += [chr(c) for c in range(0xC0, 0x180)]   # Latin-1 and Latin Extended-A: Polish, Romanian
letters += [chr(c) for c in range(0x400, 0x460)]  # Cyrillic: Ukrainian, Bulgarian, Russian
letters += list("șțȘȚґҐ«»„“”–—…№")
words = ["".join(letters[i:i + 8]) for i in range(0, len(letters), 8)]
text = " ".join(words)
path = sys.argv[1]
xml = open(path, encoding="utf-8").read()
before = "<p>Trafficking has <strong>three</strong> elements.</p>"
assert before in xml
open(path, "w", encoding="utf-8").write(xml.replace(before, "<p>" + escape(text) + "</p>"))
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY

"$trainkit" export "$out/c" --audience police --format guide-pdf -o "$out/guide.pdf" >"$out/export.log" 2>&1 || {
  cat "$out/export.log"
  echo "FAIL: export failed"
  exit 1
}
qpdf --check "$out/guide.pdf" >/dev/null 2>&1 || { echo "FAIL: qpdf --check"; exit 1; }
pdftotext "$out/guide.pdf" "$out/guide.txt"
qpdf --stream-data=uncompress --object-streams=disable "$out/guide.pdf" "$out/plain.pdf"
python3 - "$out/guide.txt" "$out/expected.txt" "$out/plain.pdf" <<'PY'
import re, sys
text = " ".join(open(sys.argv[1], encoding="utf-8").read().split())
expected = open(sys.argv[2], encoding="utf-8").read()
if expected not in text:
    words = [w for w in expected.split() if w not in text.split()]
    sys.exit(f"FAIL: these words do not come back out of the guide: {words}")
strings = b"".join(re.findall(rb"\((?:[^()\\]|\\.)*\) Tj", open(sys.argv[3], "rb").read(), re.S))
missing = [e for e in (rb"\(", rb"\)", rb"\\", rb"\r") if e not in strings]
if missing:
    sys.exit(f"FAIL: no glyph needed the escapes {missing}: the test no longer tests them")
print(f"{len(expected.split())} words of every printable ASCII character, Latin and Cyrillic letters come back out")
PY
