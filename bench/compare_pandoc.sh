#!/bin/sh
# The participant handout from trainkit, side by side with pandoc turning the same content
# (trainkit's own Markdown export of the program) into DOCX.
#   bench/compare_pandoc.sh [CURRICULUM COUNTRY AUDIENCE]
# Needs a build with the benchmarks (the default) and pandoc: apt-get install pandoc
set -eu
cd "$(dirname "$0")/.."
curriculum=${1:-curricula/trafficking-in-women}
country=${2:-UA}
audience=${3:-police}
runs=5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

writer_ms=$(build/bin/writer_bench handout-docx "$curriculum" "$country" "$audience" 20 | sed -n 's/^write it (handout-docx) *//p')
# Nobody has checked the shipped numbers with their operators: print them, marked.
build/bin/trainkit export "$curriculum" --country "$country" --audience "$audience" --format markdown \
  --allow-unchecked-facts -o "$work/handout.md" >/dev/null 2>&1
# pandoc resolves image paths against the folder it runs in.
mean() {  # mean COMMAND...: mean milliseconds of $runs runs
  total=0
  i=0
  while [ $i -lt $runs ]; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    total=$((total + (end - start) / 1000000))
    i=$((i + 1))
  done
  echo $((total / runs))
}
command_ms=$(mean build/bin/trainkit export "$curriculum" --country "$country" --audience "$audience" \
  --format handout-docx --allow-unchecked-facts -o "$work/trainkit.docx")
pandoc_ms=$(cd "$curriculum" && mean pandoc "$work/handout.md" -o "$work/pandoc.docx")
printf '%-46s %10s\n' "handout for $country, $audience" "ms"
printf '%-46s %10s\n' "trainkit: program to DOCX (median of 20)" "$writer_ms"
printf '%-46s %10s\n' "trainkit: whole export command (mean of $runs)" "$command_ms"
printf '%-46s %10s\n' "pandoc: the same Markdown to DOCX (mean of $runs)" "$pandoc_ms"
awk -v a="$pandoc_ms" -v b="$writer_ms" 'BEGIN { printf "%-46s %9.0fx\n", "pandoc / trainkit writer", a / b }'
awk -v a="$pandoc_ms" -v b="$command_ms" 'BEGIN { printf "%-46s %9.0fx\n", "pandoc / trainkit command", a / b }'
