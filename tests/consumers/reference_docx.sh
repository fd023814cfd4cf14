#!/bin/sh
# A reference DOCX as NGOs make one: a handout trainkit made, opened and saved by LibreOffice
# (which renames style ids), with a heading restyled; the handout of another country exported
# with it must use the reference's styles (found by name), validate against the Transitional
# XSDs (after markup compatibility processing, as a consumer reads it), pass docx_structure.py and come back out of LibreOffice.
set -eu
root=$1
trainkit=$2
schemas=$(cd "$root/../shared/schemas/ooxml" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1795824000 NO_COLOR=1 XML_CATALOG_FILES="$schemas/catalog.xml"
cd "$root"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
soffice_convert() {  # FORMAT FOLDER FILE
  soffice --headless "-env:UserInstallation=file://$out/profile" --convert-to "$1" --outdir "$2" "$3" >/dev/null 2>&1
}

"$trainkit" export curricula/trafficking-in-women --country UA --audience police --format handout-docx \
  -o "$out/made.docx" 2>/dev/null
soffice_convert docx "$out/saved" "$out/made.docx" || fail "LibreOffice could not save the handout"
python3 tests/consumers/reference_docx_edit.py "$out/saved/made.docx" "$out/reference.docx" "Heading 1" 8B1F1F \
  "DejaVu Serif"

"$trainkit" export curricula/trafficking-in-women --country PL --audience police --format handout-docx \
  --reference-docx "$out/reference.docx" -o "$out/handout.docx" 2>"$out/err.txt" ||
  { cat "$out/err.txt"; fail "the export with LibreOffice's reference failed"; }
grep -F "W182" "$out/err.txt" && fail "a style of LibreOffice's reference was not found"

python3 - "$out/handout.docx" <<'PYTHON' || fail "the handout does not use the reference's styles"
import re
import sys
import zipfile
z = zipfile.ZipFile(sys.argv[1])
document = z.read("word/document.xml").decode()
styles = z.read("word/styles.xml").decode()
used = set(re.findall(r'<w:pStyle w:val="([^"]*)"/>', document))
# LibreOffice's ids for trainkit's write-in lines and captions; LibreOffice's own "Caption" is
# another style, which an export matching ids would have used.
assert {"WriteinLine", "Caption1", "Heading1"} <= used, used
assert not {"WriteIn", "Caption"} & used, used
heading = re.search(r'<w:style [^>]*w:styleId="Heading1".*?</w:style>', styles, re.S).group(0)
assert 'w:val="8B1F1F"' in heading and "DejaVu Serif" in heading, heading
PYTHON

parts="$out/parts"
python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" "$out/handout.docx" "$parts"
# The parts as a consumer reads them, after markup compatibility processing: LibreOffice's
# styles part names extensions (w14, w15) it may hold as ignorable, which the XSDs do not know.
find "$parts" -name '*.xml' -exec python3 tests/consumers/mce_preprocess.py {} +
(cd "$parts" &&
  xmllint --noout --nonet --schema "$schemas/ISO-IEC29500-4_2016/wml.xsd" word/document.xml word/styles.xml \
    word/numbering.xml word/settings.xml word/header1.xml word/footer1.xml &&
  xmllint --noout --nonet --schema "$schemas/ecma/fouth-edition/opc-contentTypes.xsd" "[Content_Types].xml" &&
  xmllint --noout --nonet --schema "$schemas/ecma/fouth-edition/opc-relationships.xsd" _rels/.rels \
    word/_rels/document.xml.rels) >"$out/xmllint.txt" 2>&1 ||
  { cat "$out/xmllint.txt"; fail "a part does not validate against the XSDs"; }
python3 tests/consumers/docx_structure.py "$schemas/ISO-IEC29500-4_2016/wml.xsd" "$out/handout.docx" || fail "structure"

soffice_convert pdf "$out/pdf" "$out/handout.docx" || fail "LibreOffice could not convert the handout"
pdftotext "$out/pdf/handout.pdf" - | tr '\n' ' ' | grep -qF "Prawo, prawa ofiar i kierowanie do pomocy w Polsce" ||
  fail "the handout's text does not come back out of LibreOffice's PDF"

[ "$failures" -eq 0 ] || exit 1
echo "reference DOCX checked"
