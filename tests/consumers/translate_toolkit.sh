#!/bin/sh
# The XLIFF round trip with tools translators use (translate-toolkit): trainkit exports a
# language's units, pocount counts them, podebug pseudo-translates every one, trainkit imports
# the result, and the pseudo-translated words are found in the guide, the handout and the
# SCORM package made in that language.
set -eu
root=$1
trainkit=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795824000 NO_COLOR=1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cp -r "$root/tests/data/minimal" "$work/minimal"
cd "$work"
"$trainkit" translate export minimal --language de -o de.xlf

# pocount reads every unit, with its words, and finds none translated yet.
counted=$(pocount --csv de.xlf | tail -n 1)
units=$(grep -c '<trans-unit ' de.xlf)
echo "$counted" | grep -q "^de.xlf, *0, *0, *0, *0, *0, *$units," ||
  fail "pocount: expected $units untranslated units in de.xlf, read: $counted"

# Every target pseudo-translated: "What is trafficking?" becomes "[What is trafficking?]".
podebug --rewrite=xxx de.xlf de-pseudo.xlf
grep -q '<target>xxxWhat is trafficking?xxx</target>' de-pseudo.xlf || fail "podebug wrote no pseudo-translation"
"$trainkit" translate import minimal de-pseudo.xlf 2> import.txt || { cat import.txt; fail "import failed"; }
grep -q "$units added, 0 changed, 0 unchanged, 0 without a target" import.txt || fail "import: $(cat import.txt)"
status=$("$trainkit" translate status minimal --language de)
echo "$status" | grep -q "^de: $units units, $units translated (100%), 0 missing, 0 outdated$" || fail "status: $status"

# The pseudo-translated text reaches every output in German: a title, a step (facilitators
# only), a fact label's sentence, a table cell and a worksheet prompt.
export_format() {
  "$trainkit" export minimal --language de --audience police --format "$1" -o "$2" 2>/dev/null ||
    fail "export $1 failed"
}
export_format guide-pdf guide.pdf
export_format handout-docx handout.docx
export_format scorm2004 scorm.zip
pdftotext -layout guide.pdf guide.txt
# The packages' parts, read with Python's zipfile (a bare Debian has no unzip).
part() { python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); sys.stdout.write("".join(z.read(n).decode() for n in z.namelist() if n == sys.argv[2] or n.endswith(sys.argv[2])))' "$1" "$2"; }
part handout.docx word/document.xml > handout.xml
part scorm.zip .html > scorm.html
for words in "xxxWhat is trafficking?xxx" "xxxRecruitmentxxx" "xxxWhich card was hardest to place, and why?xxx"; do
  grep -q "$words" guide.txt || fail "guide lacks '$words'"
  grep -q "$words" handout.xml || fail "handout lacks '$words'"
done
# The SCORM package is self-paced: the card sort's worksheet (a classroom activity) is not in it.
for words in "xxxWhat is trafficking?xxx" "xxxRecruitmentxxx"; do
  grep -q "$words" scorm.html || fail "SCORM package lacks '$words'"
done
grep -q "xxxGroups sort and explain.xxx" guide.txt || fail "guide lacks the pseudo-translated step"
grep -q "xxxGroups sort and explain.xxx" handout.xml scorm.html && fail "a facilitator step reached a participant output"

[ "$failures" -eq 0 ] || exit 1
echo "translate-toolkit round trip: $units units through pocount, podebug and trainkit into guide, handout and SCORM"
