#!/bin/sh
# Checks participant handouts with tools nobody here wrote: every part against the official
# Transitional XSDs (xmllint), LibreOffice converting each to PDF with its text coming back out
# in each language, and python-docx finding its headings and tables; plus docx_structure.py's
# checks of what strict readers need, that no facilitator-only text is in any handout, that no
# table column is too narrow for its words in LibreOffice, and that LibreOffice draws each
# write-in line.
. "$(dirname "$0")/docx_checks.sh"

# handout COUNTRY AUDIENCE TEXT...: make one handout and check it.
handout() {
  country=$1 audience=$2
  shift 2
  docx="$out/$country-$audience.docx"
  set -- "$@"
  set_country=""
  [ "$country" = intl ] || set_country="--country $country"
  # shellcheck disable=SC2086
  "$trainkit" export curricula/trafficking-in-women $set_country --audience "$audience" --format handout-docx --allow-unchecked-facts \
    -o "$docx" 2>/dev/null || { fail "$country: export failed"; return; }
  parts="$out/$country-parts"
  python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" "$docx" "$parts"
  (cd "$parts" &&
    xmllint --noout --nonet --schema "$schemas/ISO-IEC29500-4_2016/wml.xsd" word/document.xml word/styles.xml \
      word/numbering.xml word/settings.xml word/header1.xml word/footer1.xml >/dev/null 2>&1 &&
    xmllint --noout --nonet --schema "$schemas/ecma/fouth-edition/opc-contentTypes.xsd" "[Content_Types].xml" >/dev/null 2>&1 &&
    xmllint --noout --nonet --schema "$schemas/ecma/fouth-edition/opc-relationships.xsd" _rels/.rels \
      word/_rels/document.xml.rels >/dev/null 2>&1 &&
    xmllint --noout --nonet --schema "$schemas/ecma/fouth-edition/opc-coreProperties.xsd" docProps/core.xml >/dev/null 2>&1 &&
    xmllint --noout --nonet --schema "$schemas/ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd" \
      docProps/app.xml >/dev/null 2>&1 &&
    xmllint --noout --nonet --schema "$schemas/ISO-IEC29500-4_2016/shared-documentPropertiesCustom.xsd" \
      docProps/custom.xml >/dev/null 2>&1) || fail "$country: a part does not validate against the XSDs"

  # Facilitator-only text of the same program: notes, trainer sections, preparation, steps, debrief.
  # shellcheck disable=SC2086
  "$trainkit" export curricula/trafficking-in-women $set_country --audience "$audience" --format dump -o - 2>/dev/null |
    awk '/^  facilitator$/ { f = 1; next } /^module / || /^  participant$/ { f = 0 } f' |
    grep -E '^ +(p|li|step [^"]*|debrief) "' | sed -E 's/^[^"]*"//; s/"$//; s/\\"/"/g' |
    grep -v -e '\*' -e '](' | awk 'length($0) >= 40' > "$out/$country-facilitator.txt" || true
  [ -s "$out/$country-facilitator.txt" ] || fail "$country: found no facilitator text to look for"
  python3 tests/consumers/docx_structure.py "$schemas/ISO-IEC29500-4_2016/wml.xsd" "$docx" \
    --absent "$out/$country-facilitator.txt" || fail "$country: structure"

  soffice --headless "-env:UserInstallation=file://$out/profile" --convert-to pdf --outdir "$out/pdf" "$docx" \
    >/dev/null 2>&1 || fail "$country: LibreOffice could not convert it"
  python3 tests/consumers/table_words.py "$docx" "$out/pdf/$country-$audience.pdf" ||
    fail "$country: LibreOffice breaks words of a table across lines: a column is too narrow"
  text=$(pdftotext "$out/pdf/$country-$audience.pdf" - 2>/dev/null | tr '\n' ' ' | tr -s ' ')
  for expected in "$@"; do
    echo "$text" | grep -qF "$expected" || fail "$country: '$expected' does not come back out of LibreOffice's PDF"
  done
  /usr/bin/python3 - "$docx" <<'PYTHON' || fail "$country: python-docx"
import sys
import docx
document = docx.Document(sys.argv[1])
headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
assert len(headings) >= 6, headings
assert document.tables, "no tables"
assert document.core_properties.language, "no language"
PYTHON
}

# The last text of each is the footer of page 2, "page N of M" in its language.
handout intl general-public "Where to get help" "Trafficking in women" "Page 2 of "
handout UA police "Де отримати допомогу" "Закон, права і перенаправлення в Україні" "Сторінка 2 з "
handout MD women-seeking-work-abroad "Traficul de femei" "0 800 77777" "Pagina 2 din "
handout RO ngo-staff "Legislație, drepturi și referire în această țară" "0800 800 678" "Pagina 2 din "
handout BG health-workers "Закон, права и насочване в България" "0800 20 100" "Страница 2 от "
handout PL general-public "Prawo, prawa ofiar i kierowanie do pomocy w Polsce" "+48 22 628 99 99" "Strona 2 z "

# The evaluation form's columns follow their content: the statements get the room the five
# rating columns (1 to 5, ticked by hand) do not need.
python3 - "$out/intl-general-public.docx" <<'PYTHON' || fail "intl: the evaluation form's columns do not follow their content"
import re
import sys
import zipfile
document = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()
table = next(t for t in re.findall(r"<w:tbl>.*?</w:tbl>", document, re.S) if ">Objective<" in t)
widths = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', table)]
assert len(widths) == 6 and len(set(widths[1:])) == 1 and widths[0] > 10 * widths[1], widths
assert '<w:tblLayout w:type="fixed"/>' in table and table.count("<w:cantSplit/>") == 7, "layout"
PYTHON

# Write-in lines: the minimal curriculum's prompt asks for four, and LibreOffice must draw four
# rules (their underscore leaders come out of its PDF as four lines of underscores), not one.
"$trainkit" export tests/data/minimal --country UA --audience police --format handout-docx -o "$out/lines.docx" \
  2>/dev/null || fail "lines: export failed"
soffice --headless "-env:UserInstallation=file://$out/profile" --convert-to pdf --outdir "$out/pdf" "$out/lines.docx" \
  >/dev/null 2>&1 || fail "lines: LibreOffice could not convert it"
rules=$(pdftotext -layout "$out/pdf/lines.pdf" - | grep -c '^ *_\{20,\} *$' || true)
[ "$rules" -eq 4 ] || fail "lines: LibreOffice drew $rules write-in lines, not 4"

[ "$failures" -eq 0 ] || exit 1
echo "handouts checked"
