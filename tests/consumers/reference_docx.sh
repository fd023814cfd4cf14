#!/bin/sh
# Reference DOCX files as NGOs make them, and the handouts exported with them, read by programs
# nobody here wrote:
# - a handout trainkit made, opened and saved by LibreOffice (which renames style ids), with a
#   heading restyled, a logo put in its header and its margins changed; the handout of another
#   country exported with it must use the reference's styles (found by name), carry the header
#   with its logo (showing the new handout's title and country), the footer and the margins;
# - tests/data/word-reference, as a German Word saves a file: translated style ids, a theme,
#   US Letter pages, a header with a logo and a first-page header;
# and each handout must validate against the Transitional XSDs (after markup compatibility
# processing, as a consumer reads it), pass docx_structure.py and come back out of LibreOffice
# with its header.
. "$(dirname "$0")/docx_checks.sh"
soffice_convert() {  # FORMAT FOLDER FILE
  soffice --headless "-env:UserInstallation=file://$out/profile" --convert-to "$1" --outdir "$2" "$3" >/dev/null 2>&1
}

# check NAME DOCX HEADER_TEXT: the outside programs' verdict on one handout.
check() {
  name=$1 docx=$2 header=$3
  parts="$out/$name-parts"
  python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" "$docx" "$parts"
  find "$parts" -name '*.xml' -exec python3 tests/consumers/mce_preprocess.py {} +
  (cd "$parts" &&
    xmllint --noout --nonet --schema "$schemas/ISO-IEC29500-4_2016/wml.xsd" word/document.xml word/styles.xml \
      word/numbering.xml word/settings.xml $(find word -name 'header*.xml' -o -name 'footer*.xml') &&
    if [ -d word/reference/word/theme ]; then
      xmllint --noout --nonet --schema "$schemas/ISO-IEC29500-4_2016/dml-main.xsd" word/reference/word/theme/*.xml
    fi &&
    xmllint --noout --nonet --schema "$schemas/ISO-IEC29500-4_2016/shared-documentPropertiesCustom.xsd" \
      docProps/custom.xml &&
    xmllint --noout --nonet --schema "$schemas/ecma/fouth-edition/opc-contentTypes.xsd" "[Content_Types].xml" &&
    xmllint --noout --nonet --schema "$schemas/ecma/fouth-edition/opc-relationships.xsd" \
      $(find . -name '*.rels')) >"$out/$name-xmllint.txt" 2>&1 ||
    { cat "$out/$name-xmllint.txt"; fail "$name: a part does not validate against the XSDs"; }
  python3 tests/consumers/docx_structure.py "$schemas/ISO-IEC29500-4_2016/wml.xsd" "$docx" || fail "$name: structure"
  soffice_convert pdf "$out/$name-pdf" "$docx" || fail "$name: LibreOffice could not convert it"
  pdf="$out/$name-pdf/$(basename "$docx" .docx).pdf"
  # Page 2 has the default header, with the logo: the only image on that page.
  pdftotext -f 2 -l 2 "$pdf" - | tr '\n' ' ' | grep -qF "$header" ||
    fail "$name: LibreOffice's page 2 does not show the header '$header'"
  [ "$(pdfimages -f 2 -l 2 -list "$pdf" | tail -n +3 | wc -l)" -eq 1 ] || fail "$name: no logo on page 2"
}

# 1. A reference saved by LibreOffice, restyled, with a logo and other margins.
"$trainkit" export curricula/trafficking-in-women --country UA --audience police --format handout-docx --allow-unchecked-facts \
  -o "$out/made.docx" 2>/dev/null
soffice_convert docx "$out/saved" "$out/made.docx" || fail "LibreOffice could not save the handout"
python3 tests/consumers/make_logo.py "$out/logo.png"
python3 tests/consumers/reference_docx_edit.py "$out/saved/made.docx" "$out/libreoffice.docx" \
  --restyle "Heading 1" 8B1F1F "DejaVu Serif" --logo "$out/logo.png" --margins 1800 1000
"$trainkit" export curricula/trafficking-in-women --country PL --audience police --format handout-docx --allow-unchecked-facts \
  --reference-docx "$out/libreoffice.docx" -o "$out/libreoffice-handout.docx" 2>"$out/err.txt" ||
  { cat "$out/err.txt"; fail "the export with LibreOffice's reference failed"; }
grep -F "W182" "$out/err.txt" && fail "a style of LibreOffice's reference was not found"
python3 - "$out/libreoffice-handout.docx" <<'PYTHON' || fail "the handout does not have what LibreOffice's reference gives"
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
assert re.search(r'<w:pgMar [^>]*w:right="1000" w:bottom="1134" w:left="1800"', document), "margins"
header = z.read("word/reference/word/header1.xml").decode()
assert "Handel kobietami: rozpoznawać, zapobiegać, reagować" in header and "<w:t>Polska</w:t>" in header, header
assert "Торгівля" not in header, header
assert "word/reference/word/media/logo.png" in z.namelist()
assert "word/reference/word/footer1.xml" in z.namelist()
PYTHON
check libreoffice "$out/libreoffice-handout.docx" "Handel kobietami: rozpoznawać, zapobiegać, reagować · Polska"

# 2. A reference as a German Word saves one.
python3 - tests/data/word-reference "$out/word.docx" <<'PYTHON'
import os
import sys
import zipfile
folder, target = sys.argv[1:3]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for base, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            if name != "README.md":
                path = os.path.join(base, name)
                z.write(path, os.path.relpath(path, folder))
PYTHON
"$trainkit" export curricula/trafficking-in-women --country RO --audience ngo-staff --format handout-docx --allow-unchecked-facts \
  --reference-docx "$out/word.docx" -o "$out/word-handout.docx" 2>"$out/err.txt" ||
  { cat "$out/err.txt"; fail "the export with Word's reference failed"; }
check word "$out/word-handout.docx" "Women's Rights Centre · Traficul de femei"

[ "$failures" -eq 0 ] || exit 1
echo "reference DOCX files checked"
