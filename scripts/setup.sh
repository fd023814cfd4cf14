# Shared by run.sh and test.sh: installs the Debian 12 packages trainkit needs (only those
# missing), then configures and builds into build/. Sourced, not run.

trainkit_packages=(
  g++ make cmake pkg-config       # toolchain
  libxml2-dev zlib1g-dev          # XML parsing and schema validation; checksums of images
  libfmt-dev libcli11-dev nlohmann-json3-dev
  libpodofo-dev                   # the facilitator guide (PDF)
  libdeflate-dev                  # deflates the PDFs' pages and fonts
  libcsv-dev                      # participant lists (CSV) for certificates and attendance
  librsvg2-dev                    # an NGO's SVG logo, drawn into a PNG (librsvg, cairo)
  libcpp-httplib-dev              # the preview's HTTP server (trainkit serve)
  fonts-dejavu-core fonts-dejavu-extra  # its fonts: the upright faces, and the oblique ones
  libzip-dev                      # DOCX and SCORM packages are zip archives
  libssl-dev                      # SHA-256 of what a build read and wrote
  libicu-dev                      # language tags, scripts, names of countries and languages
)
trainkit_test_packages=(
  catch2                          # unit tests
  libxml2-utils                   # xmllint: checks our XSD and curricula as an outside consumer
  poppler-utils qpdf              # pdftotext, pdffonts, pdfinfo and qpdf check the guides
  libreoffice-writer-nogui        # converts the handouts, as an NGO's office suite would
  python3 python3-docx            # python-docx opens the handouts; zip checks
  chromium                        # runs the SCORM packages, with an LMS runtime from npm
  translate-toolkit               # podebug and pocount: translators' tools read our XLIFF
)
trainkit_sanitizer_packages=(
  clang libclang-rt-14-dev        # libFuzzer for the fuzz targets (gcc brings the sanitizers)
)
# Node.js and npm run the SCORM tests; a machine that has them from elsewhere keeps its own.
command -v node > /dev/null || trainkit_test_packages+=(nodejs)
command -v npm > /dev/null || trainkit_test_packages+=(npm)

trainkit_install() {
  local missing=()
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

trainkit_build() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build build --parallel "$(nproc)"
}

# trainkit_sanitized_build DIR CMAKE_OPTIONS... [--target TARGET...]: a build with sanitizers in DIR.
# -O1 -g1: the optimisation the sanitizers' authors advise, and line tables for their reports
# without full debug information; it compiles in less than half the time of -O2 -g.
trainkit_sanitized_build() {
  local dir=$1
  shift
  local options=() targets=()
  while [ $# -gt 0 ] && [ "$1" != --target ]; do options+=("$1"); shift; done
  [ $# -gt 0 ] && { shift; targets=(--target "$@"); }
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
    -DTRAINKIT_BUILD_BENCH=OFF "${options[@]}"
  cmake --build "$dir" --parallel "$(nproc)" "${targets[@]}"
}

# trainkit_run_tests DIR [REGEX]: every test of the build in DIR (or those whose names match
# REGEX), then why any was skipped (tests/support/skip.h). Running none is a failure.
trainkit_run_tests() {
  ctest --test-dir "$1" --output-on-failure --parallel "$(nproc)" --no-tests=error ${2:+-R "$2"} || return
  grep -h "^SKIPPED: " "$1/Testing/Temporary/LastTest.log" | sort | uniq -c || true
}

# trainkit_stage [NAME]: ends the stage running (printing how long it took) and starts NAME.
# trainkit_stage_summary prints every stage's time, and the total, as a table.
trainkit_stage_times=()
trainkit_stage() {
  if [ -n "${trainkit_stage_name:-}" ]; then
    local line
    line=$(printf '%-78s %5d s' "$trainkit_stage_name" $((SECONDS - trainkit_stage_start)))
    trainkit_stage_times+=("$line")
    echo "== $line"
  fi
  trainkit_stage_name=${1:-}
  trainkit_stage_start=$SECONDS
  [ -z "$trainkit_stage_name" ] || echo "== $trainkit_stage_name"
}
trainkit_stage_summary() {
  printf '%s\n' "${trainkit_stage_times[@]}" "$(printf '%-78s %5d s' total "$SECONDS")"
}
