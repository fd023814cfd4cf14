#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds trainkit with its tests and runs every test. Then,
# unless TRAINKIT_SANITIZERS=0: the whole suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer, the tests of the parallel build under ThreadSanitizer, and each
# fuzz target on every input that once crashed it and for a short run (clang's libFuzzer).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
trainkit_stage "Set-up and build"
trainkit_install "${trainkit_packages[@]}" "${trainkit_test_packages[@]}"
trainkit_build -DTRAINKIT_BUILD_TESTS=ON
trainkit_stage "Every test"
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
# A test that could not run here was reported as skipped; say why (tests/support/skip.h).
grep -h "^SKIPPED: " build/Testing/Temporary/LastTest.log | sort | uniq -c || true
if [ "${TRAINKIT_SANITIZERS:-1}" = 0 ]; then trainkit_stage; trainkit_stage_summary; exit 0; fi

trainkit_stage "The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer"
# A leak of PoDoFo's own, not trainkit's: see the file.
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
trainkit_install "${trainkit_sanitizer_packages[@]}"
trainkit_sanitized_build build-asan -DTRAINKIT_SANITIZE=address,undefined
ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)"

trainkit_stage "The executable's tests, the parallel build among them, under ThreadSanitizer"
trainkit_sanitized_build build-tsan -DTRAINKIT_SANITIZE=thread --target trainkit_cli cli_tests
ctest --test-dir build-tsan --output-on-failure --parallel "$(nproc)" -R "^cli:"

trainkit_stage "The fuzz targets (libFuzzer, with AddressSanitizer and UndefinedBehaviorSanitizer)"
CC=clang CXX=clang++ trainkit_sanitized_build build-fuzz -DTRAINKIT_FUZZ=ON -DTRAINKIT_BUILD_TESTS=OFF \
  -DTRAINKIT_SANITIZE=address,undefined --target curriculum_fuzzer writers_fuzzer xliff_fuzzer
ctest --test-dir build-fuzz --output-on-failure --parallel "$(nproc)" -R "^fuzz:"
trainkit_stage
trainkit_stage_summary
