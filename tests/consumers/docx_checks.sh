# Shared by the consumer tests of handouts (sourced, not run): ROOT TRAINKIT SCHEMAS are the
# script's arguments. Sets root, trainkit, schemas (the OOXML schemas) and out (a folder
# removed at exit), goes to the source tree, and defines fail. Where the schemas are absent,
# the test ends as skipped (77), with the reason.
set -eu
root=$1
trainkit=$2
if [ ! -d "$3/ooxml" ]; then
  # CI sets it: there the schema checks must run.
  [ -z "${TRAINKIT_REQUIRE_SCHEMAS:-}" ] || { echo "FAIL: TRAINKIT_REQUIRE_SCHEMAS is set and $3/ooxml is absent"; exit 1; }
  echo "SKIPPED: the official schemas are not at $3 (configure with -DTRAINKIT_SCHEMAS_DIR=...); the handouts are not checked"
  exit 77
fi
schemas=$(cd "$3/ooxml" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1795824000 NO_COLOR=1 XML_CATALOG_FILES="$schemas/catalog.xml"
cd "$root"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
