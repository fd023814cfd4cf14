#!/bin/sh
# Checks facilitator guides and handout PDFs with tools nobody here wrote: qpdf checks the
# file's structure, pdffonts that every font is embedded with a Unicode map, pdfinfo the page
# size and title, pdftotext that known text comes back out in each language, letter for letter
# (and, in a handout, that no facilitator material does), and pdfimages that the diagrams come
# back out pixel for pixel. A second export of each is byte for byte the first.
set -eu
root=$1
trainkit=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1795824000 NO_COLOR=1
cd "$root"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# pdf FORMAT COUNTRY AUDIENCE PAPER LANG TITLE TEXT...: make one PDF and check it. A TEXT
# starting with "!" must not come back out.
pdf() {
  format=$1 country=$2 audience=$3 paper=$4 lang=$5 title=$6
  shift 6
  pdf="$out/$country-$audience-$format.pdf"
  set_country=""
  [ "$country" = intl ] || set_country="--country $country"
  # shellcheck disable=SC2086
  "$trainkit" export curricula/trafficking-in-women $set_country --audience "$audience" --format "$format" \
    --paper "$paper" --allow-unchecked-facts -o "$pdf" 2>/dev/null || { fail "$country $format: export failed"; return; }
  # shellcheck disable=SC2086
  "$trainkit" export curricula/trafficking-in-women $set_country --audience "$audience" --format "$format" \
    --paper "$paper" --allow-unchecked-facts -o "$out/again.pdf" 2>/dev/null
  cmp -s "$pdf" "$out/again.pdf" || fail "$country $format: a second export is not byte for byte the first"
  country="$country $format"
  qpdf --check "$pdf" >/dev/null 2>&1 || fail "$country: qpdf --check"
  fonts=$(pdffonts "$pdf" | tail -n +3)
  [ -n "$fonts" ] || fail "$country: no fonts"
  echo "$fonts" | grep -v -q "yes yes yes" && fail "$country: a font is not embedded, subset and mapped to Unicode"
  info=$(pdfinfo "$pdf")
  case "$paper" in
    a4) echo "$info" | grep -q "^Page size:.*(A4)" || fail "$country: not A4" ;;
    letter) echo "$info" | grep -q "^Page size: *612 x 792 pts (letter)" || fail "$country: not Letter" ;;
  esac
  echo "$info" | grep -qxF "Title:           $title" || fail "$country: title is not '$title'"
  catalog=$(qpdf --qdf --object-streams=disable "$pdf" - | grep -a -e "/Lang" -e "/PageMode" -e "/Type /Outlines")
  echo "$catalog" | grep -q "/Lang ($lang)" || fail "$country: /Lang is not $lang"
  echo "$catalog" | grep -q "/PageMode /UseOutlines" || fail "$country: the outline does not open"
  echo "$catalog" | grep -q "/Type /Outlines" || fail "$country: no outline"
  # Every bookmark, the title's among them, goes somewhere when clicked.
  qpdf --json=2 --json-key=outlines "$pdf" | python3 -c '
import json, sys
def walk(items):
    for item in items:
        if item["destpageposfrom1"] is None:
            sys.exit("bookmark without a destination: " + item["title"])
        walk(item["kids"])
walk(json.load(sys.stdin)["outlines"])' || fail "$country: a bookmark has no destination"
  # Every word, the running header's and footer's among them, inside the left and right
  # margins (56 pt in templates/pdf/style.json), as poppler places it.
  pdftotext -bbox "$pdf" - | python3 -c '
import re, sys
margin, slack = 56, 0.5
for page in re.finditer(r"<page width=\"([\d.]+)\" height=\"[\d.]+\">(.*?)</page>", sys.stdin.read(), re.S):
    width = float(page.group(1))
    for x_min, x_max, word in re.findall(r"<word xMin=\"([\d.]+)\" yMin=\"[\d.]+\" xMax=\"([\d.]+)\" yMax=\"[\d.]+\">(.*?)</word>", page.group(2)):
        if float(x_min) < margin - slack or float(x_max) > width - margin + slack:
            sys.exit("outside the margins: " + word)' || fail "$country: a word is drawn outside the margins"
  text=$(pdftotext "$pdf" - | tr '\n' ' ' | tr -s ' ')
  for expected in "$@"; do
    case "$expected" in
      !*) if echo "$text" | grep -qF "${expected#!}"; then fail "$country: text '${expected#!}' is in the PDF"; fi ;;
      *) echo "$text" | grep -qF "$expected" || fail "$country: text '$expected' does not come back out of the PDF" ;;
    esac
  done
}
guide() { pdf guide-pdf "$@"; }
handout() { pdf handout-pdf "$@"; }

guide intl police a4 en "Trafficking in women: recognise, prevent, respond" \
  "About this training" "Contents" "Check before you print" "Law, rights and referral in this country"
guide UA police a4 uk "Торгівля жінками: розпізнати, запобігти, відреагувати" \
  "Країна: Україна" "Мова: українська" "Зміст" "Перевірте перед друком" "Закон, права і перенаправлення в Україні" "116 123"
guide MD ngo-staff a4 ro-MD "Traficul de femei: recunoaștere, prevenire, intervenție" \
  "Cuprins" "Verificați înainte de tipărire" "Legislație, drepturi și referire în această țară" "0 800 77777"
guide RO general-public a4 ro "Traficul de femei: recunoaștere, prevenire, intervenție" \
  "Cuprins" "Legislație, drepturi și referire în această țară"
guide BG health-workers a4 bg "Трафик на жени: разпознаване, превенция, реакция" \
  "Съдържание" "Проверете преди печат" "Закон, права и насочване в България"
guide PL women-seeking-work-abroad letter pl "Handel kobietami: rozpoznawać, zapobiegać, reagować" \
  "Kraj: Polska" "Język: polski" "O tym szkoleniu" "Spis treści" "Sprawdź przed drukiem" "Prawo, prawa ofiar i kierowanie do pomocy w Polsce" \
  "Wiele powszechnych przekonań o handlu ludźmi jest prawnie błędnych" \
  "Jeśli użyto wprowadzenia w błąd, przymusu lub innego wymienionego środka, zgoda kobiety nie ma znaczenia."

# The handouts: participants' words only (no facilitator notes, answer keys or the list of
# numbers to check), the help box with the country's numbers, worksheets.
handout intl general-public a4 en "Trafficking in women: recognise, prevent, respond" \
  "Participant handout" "Where to get help" "Glossary" "!Check before you print" "!Answer key" "!Facilitator note"
handout UA police a4 uk "Торгівля жінками: розпізнати, запобігти, відреагувати" \
  "Куди звернутися по допомогу" "116 123" "Закон, права і перенаправлення в Україні" "!Перевірте перед друком" \
  "!Ключ відповідей" "!Примітка для тренерів" \
  "Дія, спосіб і мета: три елементи торгівлі дорослими людьми (Палермський протокол, стаття 3)"
handout PL women-seeking-work-abroad letter pl "Handel kobietami: rozpoznawać, zapobiegać, reagować" \
  "Gdzie szukać pomocy" "Mój plan bezpieczeństwa" "!Sprawdź przed drukiem"
handout BG ngo-staff a4 bg "Трафик на жени: разпознаване, превенция, реакция" "Къде да потърсите помощ"
handout MD general-public a4 ro-MD "Traficul de femei: recunoaștere, prevenire, intervenție" "0 800 77777"

# A booklet: half-size pages two to a side of a landscape sheet, in the order that folds into a
# saddle-stitched booklet; each side carries the footers ("Page N of M") of the two pages that
# order puts there, left then right. In gray: the first page, drawn by poppler, has no colour
# (and has some without --grayscale, so the check can fail).
"$trainkit" export curricula/trafficking-in-women --audience general-public --format handout-pdf --booklet \
  --allow-unchecked-facts -o "$out/booklet.pdf" 2>/dev/null || fail "booklet: export failed"
pdfinfo "$out/booklet.pdf" | grep -q "^Page size: *841.89 x 595.276 pts (A4)" || fail "booklet: sheets are not A4 landscape"
python3 - "$out/booklet.pdf" <<'PY' || fail "booklet: a side does not carry the pages booklet order puts there"
import re, subprocess, sys
pdf = sys.argv[1]
sides = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
footers = []
for side in range(1, sides + 1):
    text = subprocess.run(["pdftotext", "-layout", "-f", str(side), "-l", str(side), pdf, "-"], capture_output=True, text=True).stdout
    footers.append([(int(a), int(b)) for a, b in re.findall(r"Page (\d+) of (\d+)", text)])
pages = max(b for side in footers for _, b in side)
total = (pages + 3) // 4 * 4
assert sides == total // 2, (sides, total)
for sheet in range(total // 4):
    for index, pair in ((2 * sheet, (total - 2 * sheet, 2 * sheet + 1)), (2 * sheet + 1, (2 * sheet + 2, total - 2 * sheet - 1))):
        expected = [n for n in pair if 1 < n <= pages]  # the first page has no footer
        found = [n for n, _ in footers[index]]
        assert found == expected, (index + 1, found, expected)
print(f"booklet of {pages} pages on {sides} sides in folding order")
PY
gray_first_page() {
  "$trainkit" export curricula/trafficking-in-women --country UA --audience police --format handout-pdf $1 \
    --allow-unchecked-facts -o "$out/gray.pdf" 2>/dev/null
  pdftoppm -r 40 -f 1 -l 1 "$out/gray.pdf" | python3 -c '
import re, sys
data = sys.stdin.buffer.read()
header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
if not header:
    sys.exit("not a picture")
pixels = data[header.end():]
coloured = sum(1 for k in range(0, len(pixels), 3) if not pixels[k] == pixels[k + 1] == pixels[k + 2])
sys.exit(0 if coloured == 0 else 1)'
}
gray_first_page --grayscale || fail "grayscale: the first page has colour"
gray_first_page "" && fail "grayscale: the check finds no colour even without --grayscale"

# The forms of a training day (UA, police). The answer sheets number the questions of the
# pre-test and the post-test without their ids or answers; the scoring key, a file of its own,
# lists both tests' item ids, in the order the dump of the program lists them (and the SCORM
# package reports them), with the right answers.
for form in attendance-pdf pretest-pdf posttest-pdf evaluation-pdf scoring-key-pdf; do
  "$trainkit" export curricula/trafficking-in-women --country UA --audience police --format "$form" \
    --allow-unchecked-facts -o "$out/$form.pdf" 2>/dev/null || fail "$form: export failed"
  qpdf --check "$out/$form.pdf" >/dev/null 2>&1 || fail "$form: qpdf --check"
  if pdffonts "$out/$form.pdf" | tail -n +3 | grep -v -q "yes yes yes"; then fail "$form: a font is not embedded"; fi
done
"$trainkit" export curricula/trafficking-in-women --country UA --audience police --format dump -o "$out/dump.txt" \
  2>/dev/null
# Certificates and the attendance sheet from a participant list, names in the shipped scripts.
printf 'name,organisation\nОлена Коваленко,"ГО ""Надія"""\nȘtefania Munteanu,\nИвана Петрова,Фондация\nZofia Wiśniewska-Łęcka,\n' \
  > "$out/people.csv"
for form in certificates-pdf attendance-pdf; do
  "$trainkit" export curricula/trafficking-in-women --country UA --audience police --format "$form" \
    --participants "$out/people.csv" --allow-unchecked-facts -o "$out/$form-people.pdf" 2>/dev/null \
    || fail "$form: export with participants failed"
done
python3 - "$out" <<'PY' || fail "certificates: not one page per participant with the name on it"
import subprocess, sys
out = sys.argv[1]
names = ["Олена Коваленко", "Ștefania Munteanu", "Ивана Петрова", "Zofia Wiśniewska-Łęcka"]
pdf = f"{out}/certificates-pdf-people.pdf"
for page, name in enumerate(names, 1):
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, text=True).stdout
    assert name in text and "Сертифікат про участь" in text, (page, name)
    assert all(other not in text for other in names if other != name), page
assert subprocess.run(["pdftotext", "-f", "5", "-l", "5", pdf, "-"], capture_output=True).returncode != 0, "a fifth page"
sheet = subprocess.run(["pdftotext", f"{out}/attendance-pdf-people.pdf", "-"], capture_output=True, text=True).stdout
assert all(name in sheet for name in names) and 'ГО "Надія"' in sheet, sheet
print("a certificate for each of 4 participants; the attendance sheet lists them")
PY
python3 - "$out" <<'PY' || fail "forms: the answer sheets or the scoring key do not say what they should"
import re, subprocess, sys
out = sys.argv[1]
text = lambda name: subprocess.run(["pdftotext", "-layout", f"{out}/{name}.pdf", "-"], capture_output=True, text=True).stdout
dump = open(f"{out}/dump.txt", encoding="utf-8").read()
ids = {use: re.findall(rf"^\s+question (\S+) \S+ (?:\S+ )*?{use}", dump, re.M) for use in ("pre-test", "post-test")}
assert ids["pre-test"] and ids["post-test"], ids
key = text("scoring-key-pdf")
assert [i for i in re.findall(r"\b((?:pre|post)-q\d+)\b", key)] == ids["pre-test"] + ids["post-test"], key
assert "Правильна відповідь" in key
for sheet, use in (("pretest-pdf", "pre-test"), ("posttest-pdf", "post-test")):
    page = text(sheet)
    assert not re.search(r"\b(?:pre|post)-q\d+\b", page), sheet + ": an item id"
    assert "Правильна відповідь" not in page, sheet + ": the answers"
    assert f"{len(ids[use])}." in page and "Ім’я та прізвище" in page, sheet
    assert f"з {len(ids[use])}" in page, sheet + ": the score line"
assert "Список присутніх" in text("attendance-pdf") and "Підпис" in text("attendance-pdf")
assert "Анкета оцінювання" in text("evaluation-pdf")
print(f"answer sheets of {len(ids['pre-test'])} and {len(ids['post-test'])} questions and their key")
PY

# The diagrams come back out of the guides pixel for pixel, in each language's version: the
# guide puts a PNG in as it is (a palette one as an indexed colour space), decoding nothing.
media=curricula/trafficking-in-women/media
python3 "$(dirname "$0")/pdf_images.py" "$out/UA-police-guide-pdf.pdf" "$media/act-means-purpose.uk.png" \
  "$media/referral-pathway.uk.png" || fail "UA: the diagrams differ from their PNG files"
python3 "$(dirname "$0")/pdf_images.py" "$out/intl-police-guide-pdf.pdf" "$media/act-means-purpose.png" \
  "$media/referral-pathway.png" || fail "intl: the diagrams differ from their PNG files"

python3 "$(dirname "$0")/pdf_images.py" "$out/UA-police-handout-pdf.pdf" "$media/act-means-purpose.uk.png" \
  "$media/referral-pathway.uk.png" || fail "UA handout: the diagrams differ from their PNG files"
[ "$failures" -eq 0 ] || exit 1
echo "guides and handouts checked"
