#!/bin/sh
# cmake --install puts the program, its templates, schema and manual page under a prefix, and
# the installed program uses the installed templates (not the source tree's): a word changed
# in the installed English strings shows up in its output.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
source=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "install test: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" > /dev/null
for file in bin/trainkit share/trainkit/templates/pdf/style.json share/trainkit/templates/scorm/player.js \
            share/trainkit/templates/strings/uk.json share/trainkit/schema/curriculum-1.xsd share/man/man1/trainkit.1; do
  [ -f "$prefix/$file" ] || fail "$file is not installed"
done
head -1 "$prefix/share/man/man1/trainkit.1" | grep -q '^\.TH TRAINKIT 1 .*"trainkit [0-9]' || fail "the manual page has no version"

sed -i 's/"participant_handout": "Participant handout"/"participant_handout": "Installed handout"/' \
  "$prefix/share/trainkit/templates/strings/en.json"
cd "$prefix"
"$prefix/bin/trainkit" export "$source/tests/data/minimal" --audience police --format markdown -o out.md 2> /dev/null
grep -q 'Installed handout' out.md || fail "the installed program did not use the installed templates"
echo "installed and used its own templates"
