#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds trainkit and runs it on the shipped curricula.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
trainkit_install "${trainkit_packages[@]}"
trainkit_build -DTRAINKIT_BUILD_TESTS=OFF
build/bin/trainkit validate
# The facilitator guide, the participant handout and the SCORM packages of every country (and
# the international version) and audience, into exports/. (A 'trainkit build' command is
# planned; until then, this.)
for curriculum in curricula/*/; do
  curriculum=${curriculum%/}
  countries="intl"
  [ -d "$curriculum/countries" ] && countries="intl $(ls "$curriculum/countries" | sed -n 's/\.xml$//p')"
  audiences=$(grep -o '<audience id="[^"]*"' "$curriculum/curriculum.xml" | sed 's/.*id="//; s/"$//')
  for country in $countries; do
    for audience in $audiences; do
      for format in guide-pdf handout-docx scorm12 scorm2004; do
        set -- export "$curriculum" --audience "$audience" --format "$format"
        [ "$country" = intl ] || set -- "$@" --country "$country"
        # Warnings were shown by validate above; show what was written, or everything on failure.
        if ! output=$(build/bin/trainkit "$@" 2>&1); then
          echo "$output" >&2
          exit 1
        fi
        echo "$output" | grep '^trainkit: wrote'
      done
    done
  done
done
