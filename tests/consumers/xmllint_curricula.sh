#!/bin/sh
# xmllint, which nobody here wrote, checks that every shipped curriculum and adaptation (and
# the minimal test curriculum) is valid against schema/curriculum-1.xsd, so the schema that
# editors use and the files agree.
set -eu
root=$1
files=$(find "$root/curricula" "$root/tests/data/minimal" -name '*.xml' | sort)
[ -n "$files" ] || { echo "no curricula found"; exit 1; }
# shellcheck disable=SC2086
"${XMLLINT:-xmllint}" --noout --nonet --schema "$root/schema/curriculum-1.xsd" $files
